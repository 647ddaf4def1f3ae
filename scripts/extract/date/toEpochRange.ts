import type { DateSpec } from './dateSpec.ts';
import { digitsAt, isDigitAt } from './digitsAt.ts';

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

/** Whether a partial date is written as the parser writes them: 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD', ASCII digits. */
const isCanonical = (partial: string): boolean => {
  const length = partial.length;
  if (length !== 4 && length !== 7 && length !== 10) return false;
  for (let at = 0; at < length; at++) {
    if (at === 4 || at === 7 ? partial.charCodeAt(at) !== 0x2d : !isDigitAt(partial, at)) return false;
  }
  return true;
};

/**
 * Epoch ms (UTC) of the first instant of a partial date's period, or (after) of the first instant after it. The
 * usual canonical text is read by code, anything else as fieldsOf reads it; no arrays either way.
 */
const periodEdge = (partial: string, after: boolean): number => {
  let year: number;
  let month: number | undefined;
  let day: number | undefined;
  if (isCanonical(partial)) {
    year = digitsAt(partial, 0, 4);
    month = partial.length >= 7 ? digitsAt(partial, 5, 2) : undefined;
    day = partial.length === 10 ? digitsAt(partial, 8, 2) : undefined;
  } else {
    [year, month, day] = fieldsOf(partial);
  }
  const next = after ? 1 : 0;
  if (month === undefined) return Date.UTC(year + next, 0, 1);
  if (day === undefined) return Date.UTC(year, month - 1 + next, 1);
  return Date.UTC(year, month - 1, day + next);
};

/**
 * [t0, t1] for AtlasEvent: t0 = the first millisecond of the first day, t1 = the last millisecond of the last day,
 * both in China time (UTC+8, no DST). Month and year precision cover the whole month / year.
 */
export const toEpochRange = (spec: Pick<DateSpec, 'start' | 'end'>): [number, number] => [
  periodEdge(spec.start, false) - CHINA_OFFSET_MS,
  periodEdge(spec.end ?? spec.start, true) - CHINA_OFFSET_MS - 1,
];
