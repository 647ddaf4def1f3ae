import type { Place } from '../../src/model/event.ts';
import type { RejectReason } from '../../src/model/reasons.ts';
import { ok, type Result } from '../../src/model/result.ts';
import { classifyCaption, classifyDatedCaption } from './classifyCaption.ts';
import type { DateSpec } from './date/dateSpec.ts';
import type { PlaceSpec } from './place/placeSpec.ts';
import { whoOf } from './whoOf.ts';

/** What the date parser gives (its own type); index/length are in the normalised text. */
export type DateFinding = DateSpec;

/** What the place resolver gives (its own type, with `ambiguous` optional so stand-ins may leave it out). */
export type PlaceFinding = Omit<PlaceSpec, 'ambiguous'> & { ambiguous?: string[] };

/**
 * The parsers the extractor composes, passed in rather than imported so that the composition stays pure and can be
 * tested with small fakes. scripts/extract/deps.ts wires the real ones.
 */
export interface ExtractDeps {
  normalize(raw: string): string;
  /** `sameDayAs`: the day of the caption or sentence just before, which 当天 / 当日 / 同日 refer to. */
  parseDate(
    text: string,
    articleDate: string | null,
    options?: { sameDayAs?: string | null },
  ): Result<DateFinding, 'no-date' | 'year-unknown'>;
  toEpochRange(date: DateFinding): [number, number];
  resolvePlace(text: string): Result<PlaceFinding, 'no-place' | 'ambiguous-place'>;
}

export interface Interpretation {
  /** The normalised text every index below refers to. */
  normalized: string;
  date: DateFinding;
  t0: number;
  t1: number;
  where: Place;
  /** Why the place is empty or partial, when it is (reported, not a reject). */
  placeNote: { reason: 'no-place' | 'ambiguous-place'; message: string } | null;
  who: string[];
  what: string;
  rules: string[];
}

export const NO_PLACE: Place = {
  province: null,
  prefecture: null,
  county: null,
  local: null,
  foreign: null,
  point: null,
  pointLevel: null,
};

const placeOf = (found: PlaceFinding): Place => ({
  province: found.province,
  prefecture: found.prefecture,
  county: found.county,
  local: found.local,
  foreign: found.foreign,
  point: found.point,
  pointLevel: found.pointLevel,
  ...(found.ambiguous && found.ambiguous.length > 0 ? { ambiguous: found.ambiguous } : {}),
});

/** Cut [index, index + length) spans out of a text (spans may overlap or be empty). */
const cutSpans = (text: string, spans: Array<[number, number]>): string => {
  const sorted = spans.filter(([, length]) => length > 0).sort((a, b) => a[0] - b[0]);
  let out = '';
  let at = 0;
  for (const [index, length] of sorted) {
    if (index > at) out += text.slice(at, index);
    at = Math.max(at, index + length);
  }
  return out + text.slice(at);
};

const EDGE_PUNCTUATION = /^[\s，。、；：！？,.;:!?…—\-（）()"“”]+|[\s，。、；：！？,.;:!?…—\-（"“]+$/g;

const PHOTO_NOTE = /[（(]\s*摄\s*[）)]/g;
const REPEATED_COMMAS = /，{2,}/g;

/** What happened: the caption without its date and place, trimmed of the punctuation left at the edges. */
export const whatOf = (normalized: string, date: DateFinding, place: PlaceFinding | null): string => {
  const spans: Array<[number, number]> = [[date.index, date.length]];
  if (place) spans.push([place.index, place.length]);
  // Cutting a place can leave "在，" or "（摄）" behind: tidy the seams, not the words (each pattern only where its
  // character is: most captions have neither).
  let what = cutSpans(normalized, spans);
  if (what.includes('摄')) what = what.replace(PHOTO_NOTE, '');
  if (what.includes('，，')) what = what.replace(REPEATED_COMMAS, '，');
  return what.replace(EDGE_PUNCTUATION, '');
};

/**
 * Everything a caption (or a dated sentence) says, or the reason it is not an event. The prebuild and the captions
 * command both call this, so they cannot disagree.
 */
export const interpretCaption = (
  raw: string,
  articleDate: string | null,
  deps: ExtractDeps,
  context: { sameDayAs?: string | null } = {},
): Result<Interpretation, RejectReason> => {
  const normalized = deps.normalize(raw);
  const kind = classifyCaption(normalized);
  if (!kind.ok) return kind;
  const date = deps.parseDate(normalized, articleDate, context);
  if (!date.ok) return date;
  const dated = classifyDatedCaption(normalized, date.value.index, date.value.length);
  if (!dated.ok) return dated;
  const [t0, t1] = deps.toEpochRange(date.value);
  const place = deps.resolvePlace(normalized);
  const found = place.ok ? place.value : null;
  return ok({
    normalized,
    date: date.value,
    t0,
    t1,
    where: found ? placeOf(found) : NO_PLACE,
    placeNote: place.ok ? null : { reason: place.reason, message: place.message },
    who: whoOf(cutSpans(normalized, [[date.value.index, date.value.length]])),
    what: whatOf(normalized, date.value, found),
    rules: [...date.value.rules, ...(place.ok ? place.value.rules : [`place:${place.reason}`])],
  });
};
