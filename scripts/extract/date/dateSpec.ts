import type { Precision } from '../../../src/model/event.ts';

/** The date of one caption as the extractor reports it (fits AtlasEvent.date plus where it was found). */
export interface DateSpec {
  /** 'YYYY-MM-DD' | 'YYYY-MM' | 'YYYY' at the precision the text supports. */
  start: string;
  /** Range end in the same format, or null for a single date. */
  end: string | null;
  precision: Precision;
  /** The date as written in the text given to the parser (verbatim substring). */
  written: string;
  /** Names of the rules that decided it, e.g. ['shot-suffix', 'explicit-ymd']. */
  rules: string[];
  /** Where the date is in the NORMALISED text (normalizeText), so the caller can cut it out. */
  index: number;
  length: number;
}

export type DateFailure = 'no-date' | 'year-unknown';
