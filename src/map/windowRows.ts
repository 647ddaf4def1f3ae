import { bisectLeft, bisectRight } from 'd3';
import type { EventTable } from '../data/eventTable.ts';

/** Rows [start, end) of a t0-sorted table that may overlap a time window; callers still check t1 per row. */
export interface RowRange {
  start: number;
  end: number;
}

// The longest event (t1 - t0) bounds how far before the window an overlapping event can start. Computed once per table.
const longestSpan = new WeakMap<EventTable, number>();

function longestSpanOf(table: EventTable): number {
  let span = longestSpan.get(table);
  if (span === undefined) {
    span = 0;
    for (let i = 0; i < table.size; i++) span = Math.max(span, table.t1[i] - table.t0[i]);
    longestSpan.set(table, span);
  }
  return span;
}

/**
 * The candidate rows for events overlapping `window` (inclusive ends), found by binary search on the sorted t0
 * column: every row before `start` ends before the window, every row from `end` on starts after it.
 * A null window means the whole table.
 */
export function windowRows(table: EventTable, window: readonly [number, number] | null): RowRange {
  if (window === null) return { start: 0, end: table.size };
  const [from, to] = window;
  const start = bisectLeft(table.t0, from - longestSpanOf(table), 0, table.size);
  const end = bisectRight(table.t0, to, start, table.size);
  return { start, end };
}
