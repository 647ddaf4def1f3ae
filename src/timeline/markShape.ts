import { DAY_MS } from '../data/chinaTime.ts';

/**
 * How an event is drawn: a point for a day, a faint span for a month or year (we know only that it happened somewhen
 * inside), a solid bar for a range of days. Body-text events are hollow, photo captions filled.
 */
export type MarkShape = 'point' | 'span' | 'bar';

/** Whether an event covers more than its precision's single unit (a written range like 9月25日至28日). */
export function isRanged(t0: number, t1: number, precision: number): boolean {
  const length = t1 - t0 + 1;
  if (precision === 0) return length > DAY_MS;
  if (precision === 1) return length > 31 * DAY_MS;
  return length > 366 * DAY_MS;
}

/** precision: 0 day, 1 month, 2 year (as in the table). */
export function markShape(t0: number, t1: number, precision: number): MarkShape {
  if (precision !== 0) return 'span';
  return isRanged(t0, t1, precision) ? 'bar' : 'point';
}

/** kind: 0 photo caption (filled), 1 body text (hollow). */
export const isHollow = (kind: number): boolean => kind === 1;
