import type { GeoPermissibleObjects, GeoProjection } from 'd3';
import { chinaProjection, fitProjection, type Box } from './fitProjection.ts';

/** The South China Sea as the inset frames it: the islands down to 3.8°N and the coasts around them. */
const NANHAI_EXTENT: GeoPermissibleObjects = {
  type: 'MultiPoint',
  coordinates: [
    [106.5, 3],
    [122.5, 3],
    [106.5, 23.5],
    [122.5, 23.5],
  ],
};

export interface MapLayout {
  width: number;
  height: number;
  projection: GeoProjection;
  /** The 南海诸岛 box in the lower right, with its own projection clipped to the box; null when drilled in. */
  inset: (Box & { projection: GeoProjection }) | null;
}

/** The inset's size for a map of this size: about a seventh of the width, taller than wide, never unreadably small. */
export function insetBox(width: number, height: number): Box {
  const w = Math.round(Math.min(130, Math.max(52, width * 0.14, height * 0.1)));
  const h = Math.round(w * 1.45);
  const margin = 6;
  return { x: width - w - margin, y: height - h - margin, width: w, height: h };
}

/**
 * Fits the main projection to `focus` (the whole country, or the province drilled into) and, for the country view,
 * places the 南海诸岛 inset in the lower right, where the main map shows open sea.
 */
export function layoutMap(width: number, height: number, focus: GeoPermissibleObjects, withInset: boolean): MapLayout {
  const padding = Math.max(4, Math.round(Math.min(width, height) * 0.03));
  const projection = fitProjection(focus, { x: 0, y: 0, width, height }, padding);
  if (!withInset) return { width, height, projection, inset: null };
  const box = insetBox(width, height);
  const insetProjection = fitProjection(NANHAI_EXTENT, box, 2).clipExtent([
    [box.x, box.y],
    [box.x + box.width, box.y + box.height],
  ]);
  return { width, height, projection, inset: { ...box, projection: insetProjection } };
}

export { chinaProjection };
