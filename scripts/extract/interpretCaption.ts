import type { Place } from '../../src/model/event.ts';
import type { RejectReason } from '../../src/model/reasons.ts';
import type { Result } from '../../src/model/result.ts';
import { classifyCaption, classifyDatedCaption } from './classifyCaption.ts';
import type { DateSpec } from './date/dateSpec.ts';
import type { PlaceSpec } from './place/placeSpec.ts';
import { whoOf } from './whoOf.ts';
import { composeInterpretation } from './composeInterpretation.ts';
import { codesMatching } from './text/codeTable.ts';
import { interpretEnglishCaption } from './english/interpretEnglishCaption.ts';
import { isEnglishCaption } from './english/isEnglishCaption.ts';

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

/** Cut [index, index + length) out of a text (an empty span cuts nothing). */
const cutSpan = (text: string, index: number, length: number): string =>
  length > 0 ? text.slice(0, index) + text.slice(index + length) : text;

/** Cut two [index, index + length) spans out of a text (they may overlap or be empty), without arrays per call. */
const cutTwoSpans = (text: string, a: number, aLength: number, b: number, bLength: number): string => {
  if (aLength <= 0) return cutSpan(text, b, bLength);
  if (bLength <= 0) return cutSpan(text, a, aLength);
  // In order of start (the first given first when both start together), as a sort would put them.
  const first = Math.min(a, b);
  const firstEnd = a <= b ? a + aLength : b + bLength;
  const second = Math.max(a, b);
  const secondEnd = a <= b ? b + bLength : a + aLength;
  let out = first > 0 ? text.slice(0, first) : '';
  if (second > firstEnd) out += text.slice(firstEnd, second);
  return out + text.slice(Math.max(firstEnd, secondEnd));
};

/** What is trimmed off the start and off the end of `what`: punctuation and space left at the seams. */
const LEADING_EDGE = /^[\s，。、；：！？,.;:!?…—\-（）()"“”]$/;
const TRAILING_EDGE = /^[\s，。、；：！？,.;:!?…—\-（"“]$/;
/**
 * The two classes by code, asked of the patterns themselves for every BMP code (no astral character is in them, and
 * a surrogate code unit is in neither): a loop from each end instead of a global pattern tried at every position.
 */
const LEADING_EDGE_CODE = codesMatching(LEADING_EDGE);
const TRAILING_EDGE_CODE = codesMatching(TRAILING_EDGE);

/** Text without its leading run of LEADING_EDGE characters and its trailing run of TRAILING_EDGE ones. */
const trimEdges = (text: string): string => {
  let start = 0;
  while (start < text.length && LEADING_EDGE_CODE[text.charCodeAt(start)] === 1) start++;
  let end = text.length;
  while (end > start && TRAILING_EDGE_CODE[text.charCodeAt(end - 1)] === 1) end--;
  return start === 0 && end === text.length ? text : text.slice(start, end);
};

const PHOTO_NOTE = /[（(]\s*摄\s*[）)]/g;
const REPEATED_COMMAS = /，{2,}/g;

/** What happened: the caption without its date and place, trimmed of the punctuation left at the edges. */
export const whatOf = (normalized: string, date: DateFinding, place: PlaceFinding | null): string => {
  // Cutting a place can leave "在，" or "（摄）" behind: tidy the seams, not the words (each pattern only where its
  // character is: most captions have neither).
  let what = place
    ? cutTwoSpans(normalized, date.index, date.length, place.index, place.length)
    : cutSpan(normalized, date.index, date.length);
  // Asked of the caption first: it is one flat string, `what` is pieces a search would first copy into one.
  if (normalized.includes('摄') && what.includes('摄')) what = what.replace(PHOTO_NOTE, '');
  if (what.includes('，，')) what = what.replace(REPEATED_COMMAS, '，');
  return trimEdges(what);
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
  // English captions (agencies' English services) have their own reader; a Chinese caption pays a few code reads.
  if (isEnglishCaption(raw)) return interpretEnglishCaption(raw, articleDate, deps);
  const normalized = deps.normalize(raw);
  const kind = classifyCaption(normalized);
  if (!kind.ok) return kind;
  const date = deps.parseDate(normalized, articleDate, context);
  if (!date.ok) return date;
  const dated = classifyDatedCaption(normalized, date.value.index, date.value.length);
  if (!dated.ok) return dated;
  const place = deps.resolvePlace(normalized);
  return composeInterpretation({
    normalized,
    date: date.value,
    epoch: deps.toEpochRange(date.value),
    place,
    who: whoOf(cutSpan(normalized, date.value.index, date.value.length)),
    what: whatOf(normalized, date.value, place.ok ? place.value : null),
  });
};
