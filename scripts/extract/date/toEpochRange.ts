import type { DateSpec } from './dateSpec.ts';

const CHINA_OFFSET_MS = 8 * 3_600_000;

/**
 * The numbers of 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD' (as partial.split('-').map(Number) gives the first three), read
 * with indexOf and slice: this runs twice per event and the split and map arrays showed in profiles.
 */
const fieldsOf = (partial: string): [number, number | undefined, number | undefined] => {
  const first = partial.indexOf('-');
  if (first === -1) return [Number(partial), undefined, undefined];
  const second = partial.indexOf('-', first + 1);
  if (second === -1) return [Number(partial.slice(0, first)), Number(partial.slice(first + 1)), undefined];
  const third = partial.indexOf('-', second + 1);
  const day = partial.slice(second + 1, third === -1 ? partial.length : third);
  return [Number(partial.slice(0, first)), Number(partial.slice(first + 1, second)), Number(day)];
};

/** Epoch ms of the first instant of a partial date's period in China time, and of the first instant after it. */
const periodOf = (partial: string): [number, number] => {
  const [year, month, day] = fieldsOf(partial);
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
