import type { EventTable } from '../data/eventTable.ts';
import { forEachVisibleRow, type RowIndex } from '../timeline/visibleRows.ts';

/** Rows overlapping the window that pass `include`, in date order (row order is t0 order). */
export function rowsInWindow(
  table: EventTable,
  index: RowIndex,
  window: [number, number],
  include: (row: number) => boolean,
): Int32Array {
  const rows: number[] = [];
  forEachVisibleRow(table, index, window[0], window[1], (row) => {
    if (include(row)) rows.push(row);
  });
  return Int32Array.from(rows).sort();
}
