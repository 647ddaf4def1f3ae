import type { DensityFile, EventDate } from '../../src/model/event.ts';
import { SCHEMA_VERSION } from '../../src/model/schemaVersion.ts';

const CHINA_OFFSET_MS = 8 * 3_600_000;

/** Epoch ms of the start of a China calendar day/month/year given as numbers. */
const chinaStart = (year: number, month = 1, day = 1): number => Date.UTC(year, month - 1, day) - CHINA_OFFSET_MS;

const sortedPairs = (counts: Map<number, number>): Array<[number, number]> =>
  [...counts.entries()].sort((a, b) => a[0] - b[0]);

const bump = (counts: Map<number, number>, key: number) => counts.set(key, (counts.get(key) ?? 0) + 1);

/**
 * Counts per day, month and year for the zoomed-out timeline, in China time (the events' calendar). An event counts
 * only at the levels its date supports: a month-precision event is in its month and year but in no day, so the
 * day histogram has no false spikes on the first of each month.
 */
export const densityOf = (events: ReadonlyArray<{ date: Pick<EventDate, 'start' | 'precision'> }>): DensityFile => {
  const day = new Map<number, number>();
  const month = new Map<number, number>();
  const year = new Map<number, number>();
  for (const event of events) {
    // "2022-01-26", "2022-01" or "2022", read by position (this runs once per event of the archive).
    const start = event.date.start;
    const y = Number(start.slice(0, 4));
    const m = start.length >= 7 ? Number(start.slice(5, 7)) : 0;
    const d = start.length >= 10 ? Number(start.slice(8, 10)) : 0;
    bump(year, chinaStart(y));
    if (event.date.precision !== 'year' && m) bump(month, chinaStart(y, m));
    if (event.date.precision === 'day' && m && d) bump(day, chinaStart(y, m, d));
  }
  return { schemaVersion: SCHEMA_VERSION, day: sortedPairs(day), month: sortedPairs(month), year: sortedPairs(year) };
};
