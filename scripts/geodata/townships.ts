import { isDevelopmentZone, isPlaceholderCity, padCode, type ChinaDivisionSource } from './chinaDivision.ts';
import { stripEthnicTail } from './divisionNames.ts';

/** [code, name, aliases joined by "|", county code when it is not the code's first six digits] */
export type TownRow = [string, string, string] | [string, string, string, string];

/** 长安回族乡 → 长安乡: captions often drop the nationality from 民族乡 names. */
function townshipAliases(name: string): string[] {
  const ethnic = /^(.+族)乡$/.exec(name);
  if (!ethnic) return [];
  const stem = stripEthnicTail(ethnic[1]);
  return stem !== ethnic[1] && stem.length >= 2 ? [`${stem}乡`] : [];
}

/**
 * Township rows of NBS 2023. Townships of development zones (xx7x, not county-level units) are attached to the
 * zone's prefecture, or the province for a municipality, so every row's county is a gazetteer code.
 */
export function buildTownRows(source: ChinaDivisionSource, formerByCode: Map<string, string[]>): TownRow[] {
  const placeholderCities = new Set(source.cities.filter(isPlaceholderCity).map((c) => c.code));
  return source.streets.map((s): TownRow => {
    const aliases = [...new Set([...townshipAliases(s.name), ...(formerByCode.get(s.code) ?? [])])].join('|');
    if (!isDevelopmentZone(s.areaCode)) return [s.code, s.name, aliases];
    const owner = placeholderCities.has(s.cityCode) ? padCode(s.provinceCode) : padCode(s.cityCode);
    return [s.code, s.name, aliases, owner];
  });
}
