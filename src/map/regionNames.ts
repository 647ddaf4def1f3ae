import type { Division } from '../model/gazetteer.ts';

// Suffixes dropped for the short labels drawn on the map (the accessible names keep the full name).
const PROVINCE_SUFFIXES = /(维吾尔自治区|壮族自治区|回族自治区|自治区|特别行政区|省|市)$/;
const PREFECTURE_SUFFIXES = /(地区|市|盟)$/;

/**
 * The short Chinese label of a region: 湖南省 → 湖南, 广西壮族自治区 → 广西, 长沙市 → 长沙, 湘西土家族苗族自治州 → 湘西州
 * (the shortest alias ending in 州 when the gazetteer has one), 大兴安岭地区 → 大兴安岭. Districts and counties keep
 * their full names (朝阳区), which are short already.
 */
export function shortName(name: string, level: Division['level'], aliases: readonly string[] = []): string {
  if (level === 'province') return name.replace(PROVINCE_SUFFIXES, '') || name;
  if (level === 'prefecture') {
    if (name.endsWith('自治州')) {
      const alias = aliases.filter((a) => a.endsWith('州')).sort((a, b) => a.length - b.length)[0];
      return alias ?? name;
    }
    const short = name.replace(PREFECTURE_SUFFIXES, '');
    return short.length >= 2 ? short : name;
  }
  return name;
}

/** The name a reader sees for a region, in the UI language. `fallback` is the boundary file's own name. */
export interface RegionNames {
  full: string;
  short: string;
}

export function regionNames(division: Division | undefined, lang: 'zh' | 'en', fallback: string): RegionNames {
  if (!division) return { full: fallback, short: fallback };
  if (lang === 'en') return { full: division.en || fallback, short: division.en || fallback };
  return { full: division.name, short: shortName(division.name, division.level, division.aliases) };
}
