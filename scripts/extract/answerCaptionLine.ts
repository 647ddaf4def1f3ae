import { z } from 'zod';
import type { Precision } from '../../src/model/event.ts';
import type { RejectReason } from '../../src/model/reasons.ts';
import { namesVagueTime } from './classifyCaption.ts';
import { englishCaptionPlace } from './english/interpretEnglishCaption.ts';
import { isEnglishCaption } from './english/isEnglishCaption.ts';
import { interpretCaption, type ExtractDeps } from './interpretCaption.ts';

/** One input line of the captions command. */
export const captionInputSchema = z.object({
  id: z.union([z.string(), z.number()]).transform(String),
  text: z.string(),
  context_date: z.string().nullable().optional().default(null),
});
export type CaptionInput = z.infer<typeof captionInputSchema>;

/** One output line: what the extractor makes of the caption, in the labels' conventions (official full names). */
export interface CaptionAnswer {
  id: string;
  date: string | null;
  date_end: string | null;
  precision: Precision | null;
  province: string | null;
  prefecture: string | null;
  county: string | null;
  foreign_place: string | null;
  is_event: boolean;
  reason: RejectReason | null;
}

const EMPTY = {
  date: null,
  date_end: null,
  precision: null,
  province: null,
  prefecture: null,
  county: null,
  foreign_place: null,
} as const;

/**
 * The captions command's answer for one caption: interpretCaption, exactly as the prebuild calls it. A caption that
 * tells an event at a time that cannot be dated (`8 月 17 日` with no context date, `近日，…`, `正月十五当晚`) is still
 * an event: its place is given, its date is null and the reason (year-unknown / no-date) says why. A caption with no
 * time at all is a timeless description: not an event.
 */
const placeOrNull = (deps: ExtractDeps, normalized: string) => {
  const place = deps.resolvePlace(normalized);
  return place.ok ? place.value : null;
};

export const answerCaption = (input: CaptionInput, deps: ExtractDeps): CaptionAnswer => {
  const meaning = interpretCaption(input.text, input.context_date, deps);
  if (meaning.ok) {
    const { date, where } = meaning.value;
    return {
      id: input.id,
      date: date.start,
      date_end: date.end,
      precision: date.precision,
      province: where.province?.name ?? null,
      prefecture: where.prefecture?.name ?? null,
      county: where.county?.name ?? null,
      foreign_place: where.foreign,
      is_event: true,
      reason: null,
    };
  }
  const normalized = deps.normalize(input.text);
  const undated = meaning.reason === 'year-unknown' || (meaning.reason === 'no-date' && namesVagueTime(normalized));
  if (undated) {
    // An English caption's place is read by the English path (the Chinese resolver finds nothing in it).
    const where = isEnglishCaption(input.text) ? englishCaptionPlace(input.text) : placeOrNull(deps, normalized);
    return {
      id: input.id,
      ...EMPTY,
      province: where?.province?.name ?? null,
      prefecture: where?.prefecture?.name ?? null,
      county: where?.county?.name ?? null,
      foreign_place: where?.foreign ?? null,
      is_event: true,
      reason: meaning.reason,
    };
  }
  return { id: input.id, ...EMPTY, is_event: false, reason: meaning.reason };
};

/** A line of input, answered; a line that is not valid JSON of the input shape gets a `bad-input` answer. */
export const answerCaptionLine = (line: string, lineNumber: number, deps: ExtractDeps): CaptionAnswer => {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch {
    return { id: `line-${lineNumber}`, ...EMPTY, is_event: false, reason: 'bad-input' };
  }
  const input = captionInputSchema.safeParse(json);
  if (input.success) return answerCaption(input.data, deps);
  const id = typeof json === 'object' && json !== null && 'id' in json ? String(json.id) : `line-${lineNumber}`;
  return { id, ...EMPTY, is_event: false, reason: 'bad-input' };
};
