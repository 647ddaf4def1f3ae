import { chinaFields } from '../data/chinaTime.ts';

/**
 * A Date whose local fields are the China wall-clock fields of t, so that date-fns (which formats in the machine's
 * zone) prints China dates on any machine. Used for formatting only, never for arithmetic.
 */
export function chinaWallDate(t: number): Date {
  const { year, month, day, hour, minute } = chinaFields(t);
  const date = new Date(2000, 0, 1, hour, minute);
  date.setFullYear(year, month - 1, day);
  return date;
}
