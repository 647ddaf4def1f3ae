import { LOCATION_WORDS } from './distractors.ts';

/** How a mention is introduced: by a location word (在福州), at the caption's start (福建省福州市…), or neither. */
export type LocationCue = 'location-word' | 'caption-start' | null;

/** What may come before a place at the caption's start: a date, a time of day, 当地时间, punctuation. */
const CAPTION_START = /^[\s\d年月日号上中下旬午前后晚间早傍夜至到\-—－~～，,、：:。.（）()当地时间]*$/u;

/** "Ends with one of LOCATION_WORDS" as one regular expression (the words are plain Han text). */
const ENDS_WITH_LOCATION_WORD = new RegExp(`(?:${LOCATION_WORDS.join('|')})$`, 'u');

export function locationCue(text: string, start: number): LocationCue {
  const before = text.slice(Math.max(0, start - 4), start);
  if (ENDS_WITH_LOCATION_WORD.test(before)) return 'location-word';
  if (CAPTION_START.test(text.slice(0, start))) return 'caption-start';
  return null;
}
