/**
 * Is this caption written in English (or another Latin-script language)? Read by code from the start: a Chinese
 * caption shows a Han character within its first few characters and costs only those few reads. A text counts as
 * English when it has at least MIN_LETTERS Latin letters and no Han character, or, when a Han character comes after
 * at least LETTERS_BEFORE_HAN letters, when Han characters are under a tenth of its letters (a name quoted in
 * Chinese inside an English caption).
 */
const MIN_LETTERS = 4;
const LETTERS_BEFORE_HAN = 24;

/** CJK ideographs (unified, extension A, compatibility) and kana/hangul: a script that is not English. */
const isHan = (code: number): boolean =>
  (code >= 0x3400 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff) || (code >= 0x3040 && code <= 0x30ff);
const isLatinLetter = (code: number): boolean => (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a;

export const isEnglishCaption = (raw: string): boolean => {
  let letters = 0;
  let at = 0;
  for (; at < raw.length; at++) {
    const code = raw.charCodeAt(at);
    if (isLatinLetter(code)) letters++;
    else if (isHan(code)) break;
  }
  if (at === raw.length) return letters >= MIN_LETTERS;
  if (letters < LETTERS_BEFORE_HAN) return false;
  let han = 0;
  for (; at < raw.length; at++) {
    const code = raw.charCodeAt(at);
    if (isLatinLetter(code)) letters++;
    else if (isHan(code)) han++;
  }
  return han * 10 < letters;
};
