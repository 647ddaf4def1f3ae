import type { RejectReason } from '../../../src/model/reasons.ts';
import type { Result } from '../../../src/model/result.ts';
import type { DateSpec } from '../date/dateSpec.ts';
import type { ExtractDeps, Interpretation } from '../interpretCaption.ts';
import type { PlaceSpec } from '../place/placeSpec.ts';
import { classifyEnglishCaption } from './classifyEnglishCaption.ts';
import type { EnglishPlaceIndex } from './createEnglishPlaceIndex.ts';
import { englishPlaceIndex } from './englishPlaceIndex.ts';
import { maskEnglishCredits } from './maskEnglishCredits.ts';
import { normalizeEnglish } from './normalizeEnglish.ts';
import { parseEnglishDate } from './parseEnglishDate.ts';
import { resolveEnglishPlace } from './resolveEnglishPlace.ts';
import { whoOfEnglish } from './whoOfEnglish.ts';
import { composeInterpretation } from '../composeInterpretation.ts';

/** The preposition that leads to a date or a place goes with it (`in Huozhou City`, `on Oct. 1`, `at the`). */
const LEADING_PREPOSITION = /\s(?:in|at|on|near|during|of)(?:\s+the)?\s*$/;

/** What happened: the caption without its credits, date and place, with the commas and spaces left tidied. */
export const whatOfEnglish = (masked: string, date: DateSpec, place: PlaceSpec | null): string => {
  const spans = [
    [date.index, date.index + date.length],
    ...(place && place.length > 0 ? [[place.index, place.index + place.length]] : []),
  ]
    .map(([start, end]) => [
      start - (LEADING_PREPOSITION.exec(masked.slice(Math.max(0, start - 16), start))?.[0].length ?? 0),
      end,
    ])
    .sort((a, b) => a[0] - b[0]);
  let what = '';
  let at = 0;
  for (const [start, end] of spans) {
    if (start > at) what += masked.slice(at, start);
    at = Math.max(at, end);
  }
  what += masked.slice(at);
  return what
    .replace(/\s+/g, ' ')
    .replace(/(?:\s+(?:in|at|on|of|near|the))+(?=\s*(?:[,.;:]|$))/g, '')
    .replace(/\s+([,.;:])/g, '$1')
    .replace(/[,;:](?:\s*[,;:])+/g, ',')
    .replace(/[,;:]\s*\./g, '.')
    .replace(/^[\s,.;:-]+|[\s,;:-]+$/g, '');
};

/**
 * Everything an English caption says, in the shape interpretCaption gives for a Chinese one (the prebuild and the
 * captions command cannot tell them apart), or the reason it is not an event. `normalized` is the English
 * normalisation (ASCII punctuation kept); dates and places are read with credits blanked out.
 */
export const interpretEnglishCaption = (
  raw: string,
  articleDate: string | null,
  deps: Pick<ExtractDeps, 'toEpochRange'>,
  index: () => EnglishPlaceIndex = englishPlaceIndex,
): Result<Interpretation, RejectReason> => {
  const normalized = normalizeEnglish(raw);
  const masked = maskEnglishCredits(normalized);
  const kind = classifyEnglishCaption(masked);
  if (!kind.ok) return kind;
  const date = parseEnglishDate(masked, articleDate);
  if (!date.ok) return date;
  const place = resolveEnglishPlace(masked, index());
  return composeInterpretation({
    normalized,
    date: date.value,
    epoch: deps.toEpochRange(date.value),
    place,
    who: whoOfEnglish(masked),
    what: whatOfEnglish(masked, date.value, place.ok ? place.value : null),
    leadRules: ['english'],
  });
};

/**
 * The place of an English caption on its own, for callers that keep an undated event (the captions command's
 * year-unknown answers): the same reading interpretEnglishCaption gives, or null.
 */
export const englishCaptionPlace = (
  raw: string,
  index: () => EnglishPlaceIndex = englishPlaceIndex,
): PlaceSpec | null => {
  const place = resolveEnglishPlace(maskEnglishCredits(normalizeEnglish(raw)), index());
  return place.ok ? place.value : null;
};
