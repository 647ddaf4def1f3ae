/** Digits as Chinese writes them one by one in years (二〇一九, 二零一九; ○ and O are common typos for 〇). */
const DIGIT: Record<string, number> = {
  〇: 0,
  零: 0,
  '○': 0,
  O: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** Characters that can appear in a Chinese numeral date part. */
export const CHINESE_NUMERAL_CHARS = '〇零○一二两三四五六七八九十廿卅';

/** A year written digit by digit: 二〇一九 → 2019. Null unless exactly four digit characters. */
export const chineseYear = (text: string): number | null => {
  if ([...text].length !== 4) return null;
  let value = 0;
  for (const ch of text) {
    const digit = DIGIT[ch];
    if (digit === undefined || ch === '两') return null;
    value = value * 10 + digit;
  }
  return value;
};

/**
 * A small counting number as months and days use it: 八 → 8, 十 → 10, 十二 → 12, 二十一 → 21, 三十 → 30,
 * 廿一 → 21, 卅 → 30, 卅一 → 31. Null for anything else (including digit-by-digit forms like 二一).
 */
export const chineseCount = (text: string): number | null => {
  const m = /^(?:([一二三])?十|(廿)|(卅))?([一二三四五六七八九])?$/u.exec(text);
  if (!m || text === '') return null;
  const [, tensDigit, twenty, thirty, unit] = m;
  const hasTens = text.includes('十') || twenty !== undefined || thirty !== undefined;
  const tens = twenty ? 2 : thirty ? 3 : hasTens ? (tensDigit ? DIGIT[tensDigit] : 1) : 0;
  return tens * 10 + (unit ? DIGIT[unit] : 0);
};
