import type { EventTable } from '../data/eventTable.ts';

/**
 * The counties that events are placed in, numbered densely so that counting per county is an array increment.
 * Built once per table. Only rows whose point stands for the county (pointLevel 3) carry a point here.
 */
export interface CountyIndex {
  /** Per row: the county's slot, or -1 when the row has no county. */
  readonly slotOfRow: Int32Array;
  /** Per slot: the county code as a number. */
  readonly codes: Int32Array;
  /** Per slot: the county seat [lon, lat], NaN when no row placed at county level gives one. */
  readonly lon: Float64Array;
  readonly lat: Float64Array;
  /** Per slot: how many rows of the whole table sit at this county's seat (pointLevel 3): a stable weight. */
  readonly seatRows: Int32Array;
  readonly slotOfCode: ReadonlyMap<number, number>;
}

const cache = new WeakMap<EventTable, CountyIndex>();

export function countyIndex(table: EventTable): CountyIndex {
  const cached = cache.get(table);
  if (cached) return cached;
  const slotOfCode = new Map<number, number>();
  const slotOfRow = new Int32Array(table.size).fill(-1);
  const codes: number[] = [];
  const lon: number[] = [];
  const lat: number[] = [];
  const seatRows: number[] = [];
  for (let i = 0; i < table.size; i++) {
    const code = table.county[i];
    if (code === 0) continue;
    let slot = slotOfCode.get(code);
    if (slot === undefined) {
      slot = codes.length;
      slotOfCode.set(code, slot);
      codes.push(code);
      lon.push(NaN);
      lat.push(NaN);
      seatRows.push(0);
    }
    slotOfRow[i] = slot;
    if (table.pointLevel[i] !== 3) continue;
    seatRows[slot]++;
    if (Number.isNaN(lon[slot]) && Number.isFinite(table.lon[i])) {
      lon[slot] = table.lon[i];
      lat[slot] = table.lat[i];
    }
  }
  const index: CountyIndex = {
    slotOfRow,
    codes: Int32Array.from(codes),
    lon: Float64Array.from(lon),
    lat: Float64Array.from(lat),
    seatRows: Int32Array.from(seatRows),
    slotOfCode,
  };
  cache.set(table, index);
  return index;
}
