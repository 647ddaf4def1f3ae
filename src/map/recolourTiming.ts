import type { EventTable } from '../data/eventTable.ts';
import type { ViewState } from '../state/store.ts';
import { countByRegion, type RegionCounts } from './countByRegion.ts';

/**
 * Performance entries for the benchmark (scripts/bench/map.ts): `map:count` is the scan over the window's rows,
 * `map:recolour` runs from the start of that scan to the map's commit (new fills, labels, points in the DOM).
 */
let countStart = 0;

export function timedCountByRegion(
  table: EventTable,
  window: readonly [number, number] | null,
  kinds: ViewState['kinds'],
): RegionCounts {
  countStart = performance.now();
  const counts = countByRegion(table, window, kinds);
  performance.measure('map:count', { start: countStart, end: performance.now() });
  return counts;
}

/** Called from a layout effect once the recoloured map is committed. */
export function measureRecolour(): void {
  performance.measure('map:recolour', { start: countStart, end: performance.now() });
}

let ready = false;

/** Once per page: navigation start → the first map drawn with its colours (`map:ready`). */
export function measureReady(): void {
  if (ready) return;
  ready = true;
  performance.measure('map:ready', { start: 0, end: performance.now() });
}
