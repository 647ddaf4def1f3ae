import type { DivisionLevel } from '../../../src/model/gazetteer.ts';
import type { DivisionRef } from '../../../src/model/event.ts';

/** Why no place came out of a caption. */
export type PlaceFailure = 'no-place' | 'ambiguous-place';

/** The place of one caption as the resolver found it (mapped to the event schema's Place by toPlace). */
export interface PlaceSpec {
  province: DivisionRef | null;
  /** Null for municipalities and for county-level units directly under a province. */
  prefecture: DivisionRef | null;
  county: DivisionRef | null;
  /** Township / village / site text below the finest division, as written ("师庄乡冯南垣村"). */
  local: string | null;
  /** A place outside China: the country's Chinese name, plus the city when known ("俄罗斯莫斯科"). */
  foreign: string | null;
  point: [number, number] | null;
  pointLevel: DivisionLevel | null;
  /** Candidate division codes when the text names a unit several divisions share. */
  ambiguous: string[];
  /** Names of the rules that decided the place, in the order they applied. */
  rules: string[];
  /** Where the place phrase sits in the (normalised) text, so the caller can cut out "what". */
  index: number;
  length: number;
}
