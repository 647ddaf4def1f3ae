import type { AtlasEvent } from '../model/event.ts';
import type { EventTable } from './eventTable.ts';

/** The writable columns both table builders fill, row by row, before freezing them into an EventTable. */
export interface TableColumns {
  size: number;
  ids: string[];
  t0: Float64Array;
  t1: Float64Array;
  precision: Uint8Array;
  kind: Uint8Array;
  province: Int32Array;
  prefecture: Int32Array;
  county: Int32Array;
  foreign: Uint8Array;
  lon: Float32Array;
  lat: Float32Array;
  pointLevel: Uint8Array;
  captions: string[];
}

export function createColumns(size: number): TableColumns {
  return {
    size,
    ids: new Array<string>(size),
    t0: new Float64Array(size),
    t1: new Float64Array(size),
    precision: new Uint8Array(size),
    kind: new Uint8Array(size),
    province: new Int32Array(size),
    prefecture: new Int32Array(size),
    county: new Int32Array(size),
    foreign: new Uint8Array(size),
    lon: new Float32Array(size).fill(NaN),
    lat: new Float32Array(size).fill(NaN),
    pointLevel: new Uint8Array(size),
    captions: new Array<string>(size),
  };
}

/** Wraps filled columns as an EventTable; `materialise` rebuilds the full record of a row on demand. */
export function freezeColumns(columns: TableColumns, materialise: (index: number) => AtlasEvent): EventTable {
  let rowOfId: Map<string, number> | null = null;
  return {
    ...columns,
    event(index) {
      if (index < 0 || index >= columns.size) throw new RangeError(`no event at row ${index}`);
      return materialise(index);
    },
    indexOf(id) {
      // Built on first use: most sessions look up a handful of ids, and the map costs a few MB at 100k.
      rowOfId ??= new Map(columns.ids.map((rowId, row) => [rowId, row]));
      return rowOfId.get(id) ?? -1;
    },
  };
}

/** Six-digit code string to the number the table stores (0 for none). */
export const codeNumber = (code: string | null | undefined): number => (code ? Number(code) : 0);

/** The table's number back to a six-digit code string, or null. */
export const codeString = (code: number): string | null => (code ? String(code).padStart(6, '0') : null);
