import type { EventTable } from '../data/eventTable.ts';
import type { ViewState } from '../state/store.ts';
import { countyIndex, type CountyIndex } from './countyIndex.ts';
import { windowRows } from './windowRows.ts';

/** Events per region in one time window. Province and prefecture counts are indexed by code / 10000 and code / 100. */
export interface RegionCounts {
  readonly province: Int32Array;
  readonly prefecture: Int32Array;
  /** Per county slot of `counties`; only rows whose point is the county seat (pointLevel 3) count in `countyPoints`. */
  readonly county: Int32Array;
  readonly countyPoints: Int32Array;
  readonly counties: CountyIndex;
  /** Foreign and place-less events (province 0): the map's "elsewhere" tally. */
  readonly elsewhere: number;
  /** All events in the window that pass the kind filter. */
  readonly total: number;
}

/**
 * Counts the events overlapping `window` (t0 ≤ end and t1 ≥ start) per province, prefecture and county, honouring
 * the kind filter but not the region filter (the map shows every region's count). One scan over typed arrays, from a
 * binary-searched start row, with no allocation per row.
 */
export function countByRegion(
  table: EventTable,
  window: readonly [number, number] | null,
  kinds: ViewState['kinds'],
): RegionCounts {
  const counties = countyIndex(table);
  const province = new Int32Array(100);
  const prefecture = new Int32Array(10000);
  const county = new Int32Array(counties.codes.length);
  const countyPoints = new Int32Array(counties.codes.length);
  const from = window ? window[0] : -Infinity;
  const { start, end } = windowRows(table, window);
  const { t1, kind, province: provinceCol, prefecture: prefectureCol, pointLevel } = table;
  const { slotOfRow } = counties;
  const caption = kinds.caption;
  const text = kinds.text;
  let elsewhere = 0;
  let total = 0;
  for (let i = start; i < end; i++) {
    if (t1[i] < from) continue;
    if (kind[i] === 0 ? !caption : !text) continue;
    total++;
    const p = provinceCol[i];
    if (p === 0) {
      elsewhere++;
      continue;
    }
    province[(p / 10000) | 0]++;
    const f = prefectureCol[i];
    if (f !== 0) prefecture[(f / 100) | 0]++;
    const slot = slotOfRow[i];
    if (slot >= 0) {
      county[slot]++;
      if (pointLevel[i] === 3) countyPoints[slot]++;
    }
  }
  return { province, prefecture, county, countyPoints, counties, elsewhere, total };
}

/**
 * The count for one map region by its code: a province (xx0000), a prefecture (xxyy00), or a county-level unit shown
 * in a drilled province's layer (municipal districts, counties directly under a province).
 */
export function countOf(counts: RegionCounts, code: string | number): number {
  const n = typeof code === 'number' ? code : Number(code);
  if (!Number.isInteger(n) || n <= 0) return 0;
  if (n % 10000 === 0) return counts.province[n / 10000] ?? 0;
  if (n % 100 === 0) return counts.prefecture[n / 100] ?? 0;
  const slot = counts.counties.slotOfCode.get(n);
  return slot === undefined ? 0 : counts.county[slot];
}
