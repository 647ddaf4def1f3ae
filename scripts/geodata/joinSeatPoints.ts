import type { MultiPolygon, Polygon } from 'geojson';
import type { BuiltDivision } from './divisions.ts';

/** A seat point (county seat or prefecture capital) from a source of about 2016, with its old code and old name. */
export interface SeatCandidate {
  oldCode: string;
  name: string;
  point: [number, number];
  /** 'seat' from the source's `cp`; 'centroid' when the source has no point and its polygon's centroid is used. */
  source: 'seat' | 'centroid';
  /** The unit's polygon in the source, when it has one (used to repair the prefecture layer). */
  geometry?: Polygon | MultiPolygon;
}

export interface SeatJoin {
  points: Map<string, SeatCandidate>;
  /** How many counties each pass matched, in pass order. */
  passes: Record<string, number>;
  /** Old name → current name pairs that matched by stem or alias: renames the source reveals (湟中县 → 湟中区). */
  renames: { oldName: string; oldCode: string; current: BuiltDivision }[];
}

/**
 * Joins old seat points to current units of one level, narrowest evidence first: same code and name; same name in
 * the same prefecture; same stem in the same prefecture (县→市/区 renames); a former name; then same name or stem
 * anywhere in the province when unique there (units moved between prefectures, e.g. 莱芜's districts to 济南).
 */
export function joinSeatPoints(
  counties: readonly BuiltDivision[],
  candidates: readonly SeatCandidate[],
  stemOf: (name: string) => string,
): SeatJoin {
  const points = new Map<string, SeatCandidate>();
  const used = new Set<SeatCandidate>();
  const passes: Record<string, number> = {};
  const renames: SeatJoin['renames'] = [];
  const byCode = new Map(counties.map((c) => [c.code, c]));

  const prefectureOf = (code: string) => code.slice(0, 4);
  const provinceOf = (code: string) => code.slice(0, 2);
  type Rule = (county: BuiltDivision, candidate: SeatCandidate) => boolean;
  const sameName: Rule = (c, k) => c.name === k.name;
  const sameStem: Rule = (c, k) => stemOf(c.name) === stemOf(k.name) && stemOf(k.name).length >= 2;
  const formerName: Rule = (c, k) => c.aliases.includes(k.name);
  const samePrefecture = (c: BuiltDivision, k: SeatCandidate) => prefectureOf(c.code) === prefectureOf(k.oldCode);
  const sameProvince = (c: BuiltDivision, k: SeatCandidate) => provinceOf(c.code) === provinceOf(k.oldCode);

  const pass = (label: string, scope: Rule, rule: Rule, revealsRename: boolean) => {
    let matched = 0;
    for (const k of candidates) {
      if (used.has(k)) continue;
      const hits = counties.filter((c) => !points.has(c.code) && scope(c, k) && rule(c, k));
      if (hits.length !== 1) continue;
      points.set(hits[0].code, k);
      used.add(k);
      matched += 1;
      if (revealsRename && hits[0].name !== k.name)
        renames.push({ oldName: k.name, oldCode: k.oldCode, current: hits[0] });
    }
    passes[label] = matched;
  };

  pass('code and name', (c, k) => c.code === k.oldCode, sameName, false);
  pass('name in prefecture', samePrefecture, sameName, false);
  pass('stem in prefecture', samePrefecture, sameStem, true);
  pass('former name', sameProvince, formerName, true);
  pass('name in province', sameProvince, sameName, false);
  pass('stem in province', sameProvince, sameStem, true);
  // The code alone, when the unit kept its code but changed its name entirely (那曲县 542421 is not reused).
  pass(
    'code only',
    (c, k) => c.code === k.oldCode && byCode.has(k.oldCode),
    () => true,
    true,
  );
  return { points, passes, renames };
}
