import { LOCATION_WORDS } from './distractors.ts';
import { codesMatching, codesOf } from '../text/codeTable.ts';

/** How a mention is introduced: by a location word (在福州), at the caption's start (福建省福州市…), or neither. */
export type LocationCue = 'location-word' | 'caption-start' | null;

/** What may come before a place at the caption's start: a date, a time of day, 当地时间, punctuation. */
const CAPTION_START = /^[\s\d年月日号上中下旬午前后晚间早傍夜至到\-—－~～，,、：:。.（）()当地时间]*$/u;

/** "Ends with one of LOCATION_WORDS" as one regular expression (the words are plain Han text). */
const ENDS_WITH_LOCATION_WORD = new RegExp(`(?:${LOCATION_WORDS.join('|')})$`, 'u');
/** The words' last characters, by code: a text ending in none of them ends in no word (most names' left side). */
const LOCATION_WORD_LAST = new Set(LOCATION_WORDS.map((word) => word.charCodeAt(word.length - 1)));

/**
 * CAPTION_START's characters by code, found by asking the pattern itself about every code (its class holds no
 * astral character, so a text matches it exactly when each of its code units does): a loop over the few characters
 * before a name instead of a slice and a Unicode pattern at every mention.
 */
const CAPTION_START_CODE = codesMatching(CAPTION_START);

/**
 * An agency's tag in front of a dateline (新华社照片，海口，2024年9月6日; 中新社北京10月1日电): the city after it is
 * where the photo was taken, as if it started the caption.
 */
const AGENCY_TAG =
  /^(?:新华社|中新社|中新网|新华网|人民网|央视网|路透社|美联社|法新社)(?:照片|图片|电|讯|消息)?[，：\s]?/u;
const AGENCY_FIRST = codesOf('新中人央路美法');
/** The length of the agency tag the text starts with (0 for none): asked once per text, not once per mention. */
export const agencyTagLength = (text: string): number =>
  AGENCY_FIRST[text.charCodeAt(0)] === 1 ? (AGENCY_TAG.exec(text)?.[0].length ?? 0) : 0;

const onlyCaptionStartBefore = (text: string, start: number, tagLength: number): boolean => {
  for (let k = start > 3 ? tagLength : 0; k < start; k++) {
    if (CAPTION_START_CODE[text.charCodeAt(k)] === 0) return false;
  }
  return true;
};

/** `tagLength`: agencyTagLength(text), which a caller asking about many mentions of one text computes once. */
export function locationCue(text: string, start: number, tagLength = agencyTagLength(text)): LocationCue {
  if (start > 0 && LOCATION_WORD_LAST.has(text.charCodeAt(start - 1))) {
    if (ENDS_WITH_LOCATION_WORD.test(text.slice(Math.max(0, start - 4), start))) return 'location-word';
  }
  if (onlyCaptionStartBefore(text, start, tagLength)) return 'caption-start';
  return null;
}
