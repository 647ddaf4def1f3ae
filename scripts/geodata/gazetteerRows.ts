import type { DivisionRow, PointSource } from '../../src/model/gazetteer.ts';
import type { BuiltDivision } from './divisions.ts';
import { romanise } from './englishName.ts';

export interface DivisionPoint {
  point: [number, number];
  source: PointSource;
}

const levelIndex = { province: 0, prefecture: 1, county: 2 } as const;

/** Three decimals ≈ 100 m: below the GCJ-02 offset (≤ 0.7 km) and a pixel of any China map; saves ~9 KB gzip. */
const round = (x: number): number => Math.round(x * 1e3) / 1e3;

export function toDivisionRows(
  divisions: readonly BuiltDivision[],
  points: ReadonlyMap<string, DivisionPoint>,
  englishOverrides: Readonly<Record<string, string>>,
): DivisionRow[] {
  return divisions.map((d) => {
    const p = points.get(d.code);
    return [
      d.code,
      d.name,
      levelIndex[d.level],
      d.parent ?? '',
      d.aliases.join('|'),
      p ? round(p.point[0]) : null,
      p ? round(p.point[1]) : null,
      p ? p.source : '',
      englishOverrides[d.code] ?? romanise(d.stem),
    ];
  });
}
