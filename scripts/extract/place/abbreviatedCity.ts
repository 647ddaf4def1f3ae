import { codesOf } from '../text/codeTable.ts';

/**
 * The one-character names news gives the big cities after a verb of place: 在京开幕 (Beijing), 在沪举行 (Shanghai),
 * 抵穗 (Guangzhou), 台风袭港 (Hong Kong; not 离港 / 进港, which airports and harbours say of any port). A character
 * alone is too common to put in the name index (京剧, 港口, 津贴), so these are read only after a verb of place and
 * before an action or a clause end, and only when no place name opened a phrase. Names from zh.wikipedia's articles
 * on each city (简称 / 别称).
 */
const CITY_OF_ABBREVIATION: Readonly<Record<string, string>> = {
  京: '北京市',
  沪: '上海市',
  津: '天津市',
  渝: '重庆市',
  穗: '广州市',
  蓉: '成都市',
  榕: '福州市',
  港: '香港特别行政区',
};

/**
 * A verb of place, the abbreviation, then the first character of an action (举行, 召开, 审议, 考察, 出席 …) or a clause
 * end: 在京剧院, 在港口, 在榕树下, 在沪深两市 are not read.
 */
const ABBREVIATED_CITY =
  /(?:(?:在|抵|赴|来|返|回|进|离|驻|留|访)([京沪津渝穗蓉榕])|(?:在|抵|赴|来|返|回|驻|留|访|袭)(港))(?=[举召开闭出会考调参发访工期演上展首亮落揭成签逝审讨座学交进视拜设主接相聚集就看，。、；！？])/u;

/** The abbreviations by code: most texts hold none, and a loop over codes is cheaper than the pattern's scan. */
const ABBREVIATION = codesOf(Object.keys(CITY_OF_ABBREVIATION).join(''));
const holdsAbbreviation = (text: string): boolean => {
  for (let k = 1; k < text.length; k++) if (ABBREVIATION[text.charCodeAt(k)] === 1) return true;
  return false;
};

/** The city an abbreviation names and where it is, or null (asked only of captions no place name opened). */
export function abbreviatedCity(text: string): { name: string; index: number; length: number } | null {
  if (!holdsAbbreviation(text)) return null;
  const match = ABBREVIATED_CITY.exec(text);
  if (!match) return null;
  return { name: CITY_OF_ABBREVIATION[match[1] ?? match[2]], index: match.index + 1, length: 1 };
}
