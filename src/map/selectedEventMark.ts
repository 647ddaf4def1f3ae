import type { GeoProjection } from 'd3';
import type { EventTable } from '../data/eventTable.ts';

export interface SelectedEventMark {
  /** Codes whose shape should be outlined, most specific first (the map outlines the first one it draws). */
  outline: string[];
  /** The event's point before zoom, when it has one at prefecture (2) or county (3) level. */
  point: { x: number; y: number; level: 2 | 3 } | null;
}

/**
 * How the map marks the selected event: its province outlined (in a drilled province, its prefecture or district),
 * and its point — a dot at a county seat, a wide ring when only the prefecture is known, none for a province.
 */
export function selectedEventMark(
  table: EventTable,
  selectedId: string | null,
  projection: GeoProjection,
): SelectedEventMark | null {
  if (selectedId === null) return null;
  const i = table.indexOf(selectedId);
  if (i < 0) return null;
  const outline = [table.county[i], table.prefecture[i], table.province[i]].filter((c) => c !== 0).map(String);
  const level = table.pointLevel[i];
  let point: SelectedEventMark['point'] = null;
  if ((level === 2 || level === 3) && Number.isFinite(table.lon[i]) && Number.isFinite(table.lat[i])) {
    const p = projection([table.lon[i], table.lat[i]]);
    if (p) point = { x: p[0], y: p[1], level };
  }
  return { outline, point };
}
