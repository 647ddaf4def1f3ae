import { codesOf } from '../text/codeTable.ts';

/**
 * Parenthesised credits and photo notes: （新华社记者 谢环驰 摄）, （2020年6月19日摄）, （拼版照片）, （XX供图）,
 * （来源：XX区融媒体中心）.
 */
const CREDIT = /（[^（）]*?(?:摄|记者|新华社|供图|供稿|来源|融媒体|照片|图片|视频截图|资料图)[^（）]*?）/gu;
/** A trailing credit without brackets: 新华社记者 谢环驰 摄. */
const TRAILING_CREDIT = /新华社(?:记者|发)[^。；]*$/u;
/** A trailing role credit with a slash or colon: 摄影/王海南, 图/湖南日报, 来源：XX发布. */
const TRAILING_ROLE_CREDIT = /(?:摄影|摄像|图片|图文|文图|图|来源|供图|编辑)\s?[/／：丨|][^。，；！？]{1,20}$/u;
/** The separators TRAILING_ROLE_CREDIT needs, by code: a caption without one near its end has no such credit. */
const ROLE_SEPARATOR = codesOf('/／：丨|');
/** How far from the end a role credit's separator can be: the role word's space and 20 characters of name. */
const ROLE_REACH = 22;
const mayEndWithRoleCredit = (text: string): boolean => {
  for (let k = Math.max(0, text.length - ROLE_REACH); k < text.length; k++) {
    if (ROLE_SEPARATOR[text.charCodeAt(k)] === 1) return true;
  }
  return false;
};

const blank = (match: string): string => ' '.repeat(match.length);

/** A bracketed shot note that says where (（2023年10月12日摄于内蒙古额济纳旗）) keeps 摄于 and the place after it. */
const blankCredit = (match: string): string => {
  const at = match.indexOf('摄于');
  return at < 0 ? blank(match) : blank(match.slice(0, at)) + match.slice(at);
};

/**
 * Blank out photo credits with spaces of the same length, so a place inside them (（福州市委宣传部供图）) is never
 * taken for the event's place while every index still points into the caller's text.
 */
export function maskCredits(text: string): string {
  // Most captions have neither: a character test is cheaper than a regular expression scan.
  let masked = text.includes('（') ? text.replace(CREDIT, blankCredit) : text;
  if (masked.includes('新华社')) masked = masked.replace(TRAILING_CREDIT, blank);
  return mayEndWithRoleCredit(masked) ? masked.replace(TRAILING_ROLE_CREDIT, blank) : masked;
}
