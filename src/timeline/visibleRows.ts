import { bisectLeft, bisectRight } from 'd3';
import { DAY_MS } from '../data/chinaTime.ts';
import type { EventTable } from '../data/eventTable.ts';

/**
 * Rows overlapping a time window without scanning the table: single-day rows by binary search on the sorted t0,
 * the few long rows (months, years, ranges) from a side list.
 */
export interface RowIndex {
  long: Uint32Array;
  isLong: Uint8Array;
}

export function indexRows(table: EventTable): RowIndex {
  const isLong = new Uint8Array(table.size);
  const long: number[] = [];
  for (let row = 0; row < table.size; row++) {
    if (table.t1[row] - table.t0[row] >= DAY_MS) {
      isLong[row] = 1;
      long.push(row);
    }
  }
  return { long: Uint32Array.from(long), isLong };
}

/** Calls visit(row) for every row overlapping [start, end]: first the short rows in t0 order, then the long ones. */
export function forEachVisibleRow(
  table: EventTable,
  index: RowIndex,
  start: number,
  end: number,
  visit: (row: number) => void,
): void {
  const from = bisectLeft(table.t0, start - DAY_MS);
  const to = bisectRight(table.t0, end);
  for (let row = from; row < to; row++) {
    if (!index.isLong[row] && table.t1[row] >= start) visit(row);
  }
  for (const row of index.long) {
    if (table.t0[row] > end) break;
    if (table.t1[row] >= start) visit(row);
  }
}
