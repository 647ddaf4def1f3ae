/**
 * Photo credits of English captions blanked out (same length, spaces), so dates and places in them are not read and
 * every index still points into the caption: `(Xinhua/Li Xin)`, `(Photo by STR / AFP)`, `[Photo/Xinhua]`,
 * `REUTERS/Aly Song`, `EPA-EFE/STRINGER`, `/CFP`, `Photo: VCG`, `/ China OUT`, a caption that is `Photo by X/Xinhua`.
 */

/** What makes a bracketed group a credit: a slash, an agency, a photo word. A group with a digit is a date note. */
const CREDIT_INSIDE =
  /\/|\b(?:Xinhua|AFP|AP|Reuters|REUTERS|EPA|VCG|CFP|IC|CNS|China Daily|CGTN|Global Times|Getty|Photo|photo|Courtesy|courtesy|Handout|handout|via|Stringer|STR)\b/;
const BRACKETED = /\(([^()]*)\)|\[([^[\]]*)\]/g;
const DIGIT = /\d/;

/** Credits that run to the end of the caption. */
const TRAILING = [
  /(?:^|\s)(?:REUTERS|Reuters|AFP PHOTO|AFP|EPA-EFE|EPA|AP Photo|IMAGINECHINA|VCG|CNS|ICphoto)\s*\/.*$/,
  /\s\/\s*(?:CFP|VCG|IC|CNS|China OUT|CHINA OUT)\b.*$/,
  /(?:^|[.\s])(?:CHINA OUT|China OUT)\s*$/,
  /(?:^|(?<=\.)\s+)Photos?(?:graph)?\s*(?::|by)\s[^()]*$/,
  /(?:^|(?<=\.)\s+)(?:Credit|Source)s?\s*:\s.*$/,
];

const blank = (text: string, start: number, end: number): string =>
  text.slice(0, start) + ' '.repeat(end - start) + text.slice(end);

export const maskEnglishCredits = (text: string): string => {
  let masked = text;
  if (text.includes('(') || text.includes('[')) {
    masked = masked.replace(BRACKETED, (group: string, round?: string, square?: string) => {
      const inside = round ?? square ?? '';
      return !DIGIT.test(inside) && CREDIT_INSIDE.test(inside) ? ' '.repeat(group.length) : group;
    });
  }
  for (const pattern of TRAILING) {
    const found = pattern.exec(masked);
    if (found) masked = blank(masked, found.index, found.index + found[0].length);
  }
  return masked;
};
