import type { Precision } from '../model/event.ts';

/** China has one zone, UTC+8, and no daylight saving: shifting by a constant turns China wall time into UTC fields. */
export const CHINA_OFFSET_MS = 8 * 3600_000;
export const DAY_MS = 86_400_000;

/** Epoch ms of 00:00 China time on the given calendar day (month 1-based). */
export function chinaMidnight(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) - CHINA_OFFSET_MS;
}

/** First and last epoch ms covered by a partial date ("2022", "2022-01", "2022-01-26") in China time. */
export function partialDateSpan(date: string): [number, number] {
  const [y, m, d] = date.split('-').map(Number);
  if (d !== undefined) return [chinaMidnight(y, m, d), chinaMidnight(y, m, d + 1) - 1];
  if (m !== undefined) return [chinaMidnight(y, m, 1), chinaMidnight(y, m + 1, 1) - 1];
  return [chinaMidnight(y, 1, 1), chinaMidnight(y + 1, 1, 1) - 1];
}

/** The China-time calendar fields of an instant. */
export function chinaFields(t: number): { year: number; month: number; day: number; hour: number; minute: number } {
  const shifted = new Date(t + CHINA_OFFSET_MS);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
  };
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** The partial date string of an instant at a precision, in China time ("2022-01-26", "2022-01", "2022"). */
export function partialDateOf(t: number, precision: Precision): string {
  const { year, month, day } = chinaFields(t);
  if (precision === 'year') return String(year);
  if (precision === 'month') return `${year}-${pad2(month)}`;
  return `${year}-${pad2(month)}-${pad2(day)}`;
}
