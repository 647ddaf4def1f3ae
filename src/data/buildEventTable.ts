import type { AtlasEvent } from '../model/event.ts';
import type { EventTable } from './eventTable.ts';
import { atlasRowStore, type AtlasRowStore } from './atlasRowStore.ts';

/** Builds an EventTable from records given a chunk at a time, so no chunk's records need outlive its add(). */
export interface EventTableBuilder {
  /** Copies a chunk's records into the table; the caller may drop them as soon as this returns. */
  add(events: readonly AtlasEvent[]): void;
  /** The table of every record added, sorted by t0 then id; the builder cannot be used after. */
  finish(): EventTable;
}

/**
 * A builder sized for `totalRows` records (an events index gives each chunk's count up front); more rows than that
 * grow the columns, fewer trim them. Rows are written in the order they arrive: month chunks come in time order and
 * each is sorted, so that is the table's order. When a record breaks it, finish() sorts the rows instead (by t0, then
 * id, as buildEventTable always has) and reorders the columns, so the result never depends on the input's promise.
 */
export function createEventTableBuilder(totalRows: number): EventTableBuilder {
  let store: AtlasRowStore | null = atlasRowStore(Number.isFinite(totalRows) ? Math.max(0, Math.floor(totalRows)) : 0);
  let size = 0;
  let sorted = true;
  let lastT0 = -Infinity;
  const open = () => {
    if (!store) throw new Error('event table builder already finished');
    return store;
  };
  return {
    add(events) {
      const rows = open();
      const needed = size + events.length;
      // Doubling keeps repeated small overflows (an index that under-counts) linear.
      if (needed > rows.columns.size) rows.grow(Math.max(needed, rows.columns.size * 2));
      for (const e of events) {
        if (e.t0 < lastT0) sorted = false;
        lastT0 = e.t0;
        rows.write(size++, e);
      }
    },
    finish() {
      const rows = open();
      store = null;
      return rows.freeze(size, sorted ? null : sortedOrder(rows.columns.t0, rows.columns.ids, size));
    },
  };
}

/** Arrival rows ordered by t0 then id (a stable sort: rows equal on both keep their arrival order). */
function sortedOrder(t0: Float64Array, ids: readonly string[], size: number): Uint32Array {
  const order = Array.from({ length: size }, (_, row) => row);
  order.sort((a, b) => t0[a] - t0[b] || (ids[a] < ids[b] ? -1 : 1));
  return Uint32Array.from(order);
}

/** The table of a whole list of validated records at once (a single events.json, tests). */
export function buildEventTable(events: readonly AtlasEvent[]): EventTable {
  const builder = createEventTableBuilder(events.length);
  builder.add(events);
  return builder.finish();
}
