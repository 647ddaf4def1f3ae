/** Parenthesised credits and photo notes: （新华社记者 谢环驰 摄）, （2020年6月19日摄）, （拼版照片）, （XX供图）. */
const CREDIT = /（[^（）]*?(?:摄|记者|新华社|供图|照片|图片|视频截图|资料图)[^（）]*?）/gu;
/** A trailing credit without brackets: 新华社记者 谢环驰 摄. */
const TRAILING_CREDIT = /新华社(?:记者|发)[^。；]*$/u;

const blank = (match: string): string => ' '.repeat(match.length);

/**
 * Blank out photo credits with spaces of the same length, so a place inside them (（福州市委宣传部供图）) is never
 * taken for the event's place while every index still points into the caller's text.
 */
export function maskCredits(text: string): string {
  // Most captions have neither: a character test is cheaper than a regular expression scan.
  const masked = text.includes('（') ? text.replace(CREDIT, blank) : text;
  return masked.includes('新华社') ? masked.replace(TRAILING_CREDIT, blank) : masked;
}
