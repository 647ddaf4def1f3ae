import { SCHEMA_VERSION, type DensityFile } from '../model/event.ts';
import { CHINA_OFFSET_MS, DAY_MS, chinaFields, chinaMidnight } from './chinaTime.ts';

export type DensityUnit = 'day' | 'month' | 'year';

/** Start (epoch ms) of the China-time day, month or year containing t. */
export function bucketStart(t: number, unit: DensityUnit): number {
  if (unit === 'day') return Math.floor((t + CHINA_OFFSET_MS) / DAY_MS) * DAY_MS - CHINA_OFFSET_MS;
  const { year, month } = chinaFields(t);
  return unit === 'month' ? chinaMidnight(year, month, 1) : chinaMidnight(year, 1, 1);
}

/** Counts per bucket of sorted or unsorted event start times, in the density.json shape (sorted by bucket). */
export function densityOfTimes(times: ArrayLike<number>): DensityFile {
  const count = (unit: DensityUnit): [number, number][] => {
    const counts = new Map<number, number>();
    for (let i = 0; i < times.length; i++) {
      const start = bucketStart(times[i], unit);
      counts.set(start, (counts.get(start) ?? 0) + 1);
    }
    return [...counts].sort((a, b) => a[0] - b[0]);
  };
  return { schemaVersion: SCHEMA_VERSION, day: count('day'), month: count('month'), year: count('year') };
}
