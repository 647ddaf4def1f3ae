import type { DateSpec } from './dateSpec.ts';

const CHINA_OFFSET_MS = 8 * 3_600_000;

/** Epoch ms of the first instant of a partial date's period in China time, and of the first instant after it. */
const periodOf = (partial: string): [number, number] => {
  const [year, month, day] = partial.split('-').map(Number);
  if (month === undefined) return [Date.UTC(year, 0, 1), Date.UTC(year + 1, 0, 1)];
  if (day === undefined) return [Date.UTC(year, month - 1, 1), Date.UTC(year, month, 1)];
  return [Date.UTC(year, month - 1, day), Date.UTC(year, month - 1, day + 1)];
};

/**
 * [t0, t1] for AtlasEvent: t0 = the first millisecond of the first day, t1 = the last millisecond of the last day,
 * both in China time (UTC+8, no DST). Month and year precision cover the whole month / year.
 */
export const toEpochRange = (spec: Pick<DateSpec, 'start' | 'end'>): [number, number] => {
  const [t0] = periodOf(spec.start);
  const [, after] = periodOf(spec.end ?? spec.start);
  return [t0 - CHINA_OFFSET_MS, after - CHINA_OFFSET_MS - 1];
};
