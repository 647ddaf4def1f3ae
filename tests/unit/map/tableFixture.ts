import type { EventTable } from '../../../src/data/eventTable.ts';

/** One row of a hand-made table: only what the map reads. */
export interface Row {
  t0: number;
  t1?: number;
  kind?: 0 | 1;
  province?: number;
  prefecture?: number;
  county?: number;
  lon?: number;
  lat?: number;
  pointLevel?: 0 | 1 | 2 | 3;
}

/** A columnar table built from rows (sorted by t0 here, as the real builder does). */
export function tableOf(rows: Row[]): EventTable {
  const sorted = [...rows].sort((a, b) => a.t0 - b.t0);
  const n = sorted.length;
  const col = <T extends Float64Array | Float32Array | Int32Array | Uint8Array>(
    make: new (n: number) => T,
    pick: (row: Row) => number,
  ): T => {
    const array = new make(n);
    sorted.forEach((row, i) => (array[i] = pick(row)));
    return array;
  };
  const ids = sorted.map((_, i) => `e${i}`);
  return {
    size: n,
    ids,
    t0: col(Float64Array, (r) => r.t0),
    t1: col(Float64Array, (r) => r.t1 ?? r.t0),
    precision: col(Uint8Array, () => 0),
    kind: col(Uint8Array, (r) => r.kind ?? 0),
    province: col(Int32Array, (r) => r.province ?? 0),
    prefecture: col(Int32Array, (r) => r.prefecture ?? 0),
    county: col(Int32Array, (r) => r.county ?? 0),
    foreign: col(Uint8Array, () => 0),
    lon: col(Float32Array, (r) => r.lon ?? NaN),
    lat: col(Float32Array, (r) => r.lat ?? NaN),
    pointLevel: col(Uint8Array, (r) => r.pointLevel ?? 0),
    captions: ids.map(() => ''),
    event: () => {
      throw new Error('not needed by the map tests');
    },
    indexOf: (id) => ids.indexOf(id),
  };
}
