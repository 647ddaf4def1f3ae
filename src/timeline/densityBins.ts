import { bisectRight } from 'd3';
import type { DensityFile } from '../model/event.ts';
import type { EventTable } from '../data/eventTable.ts';
import { bucketStart, type DensityUnit } from '../data/densityOfTimes.ts';
import { DAY_MS } from '../data/chinaTime.ts';

/** Event counts per China-time day, month or year: bucket starts ascending, with running totals for range sums. */
export interface Bins {
  unit: DensityUnit;
  starts: Float64Array;
  counts: Float64Array;
  /** cumulative[i] = counts[0] + … + counts[i - 1]; length starts.length + 1. */
  cumulative: Float64Array;
}

function makeBins(unit: DensityUnit, pairs: readonly (readonly [number, number])[]): Bins {
  const starts = new Float64Array(pairs.length);
  const counts = new Float64Array(pairs.length);
  const cumulative = new Float64Array(pairs.length + 1);
  pairs.forEach(([start, count], i) => {
    starts[i] = start;
    counts[i] = count;
    cumulative[i + 1] = cumulative[i] + count;
  });
  return { unit, starts, counts, cumulative };
}

export type BinSet = Record<DensityUnit, Bins>;

/** The pre-aggregated density.json as bins (valid only while no filter is active). */
export function binsFromDensity(density: DensityFile): BinSet {
  return {
    day: makeBins('day', density.day),
    month: makeBins('month', density.month),
    year: makeBins('year', density.year),
  };
}

/**
 * Bins the rows that pass `include`, by their start, in one pass over the table: days by arithmetic, months and
 * years rolled up from the days.
 */
export function binsFromTable(table: EventTable, include: (row: number) => boolean): BinSet {
  const days: [number, number][] = [];
  let current = NaN;
  let count = 0;
  for (let row = 0; row < table.size; row++) {
    if (!include(row)) continue;
    const day = bucketStart(table.t0[row], 'day');
    if (day !== current) {
      if (count) days.push([current, count]);
      current = day;
      count = 0;
    }
    count++;
  }
  if (count) days.push([current, count]);
  const rollUp = (unit: DensityUnit) => {
    const out: [number, number][] = [];
    for (const [day, n] of days) {
      const start = bucketStart(day, unit);
      if (out.length && out[out.length - 1][0] === start) out[out.length - 1][1] += n;
      else out.push([start, n]);
    }
    return out;
  };
  return {
    day: makeBins('day', days),
    month: makeBins('month', rollUp('month')),
    year: makeBins('year', rollUp('year')),
  };
}

const APPROX_MS: Record<DensityUnit, number> = { day: DAY_MS, month: 30.4 * DAY_MS, year: 365.25 * DAY_MS };

/** The finest unit whose bars are at least minBarPx wide at this zoom. */
export function chooseBinUnit(spanMs: number, widthPx: number, minBarPx = 3): DensityUnit {
  const pxPerMs = widthPx / Math.max(spanMs, 1);
  if (APPROX_MS.day * pxPerMs >= minBarPx) return 'day';
  if (APPROX_MS.month * pxPerMs >= minBarPx) return 'month';
  return 'year';
}

/** Index range [from, to) of the bins that overlap [start, end]. */
export function visibleBinRange(bins: Bins, start: number, end: number): [number, number] {
  const from = Math.max(0, bisectRight(bins.starts, start) - 1);
  const to = bisectRight(bins.starts, end);
  return [from, to];
}

/** How many events start within [start, end], to the precision of the day bins. */
export function countBetween(days: Bins, start: number, end: number): number {
  const from = bisectRight(days.starts, start - 1);
  const to = bisectRight(days.starts, end);
  return days.cumulative[to] - days.cumulative[from];
}

/** End (exclusive) of the bucket starting at `start`. */
export function bucketEnd(start: number, unit: DensityUnit): number {
  if (unit === 'day') return start + DAY_MS;
  return bucketStart(start + APPROX_MS[unit] + 2 * DAY_MS, unit);
}
