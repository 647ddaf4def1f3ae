import { geoConicEqualArea, type GeoPermissibleObjects, type GeoProjection } from 'd3';

/** China's usual equal-area conic: standard parallels 25°N and 47°N, central meridian 105°E. */
export function chinaProjection(): GeoProjection {
  return geoConicEqualArea().parallels([25, 47]).rotate([-105, 0]);
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The China projection scaled and translated so that `object` fills `box` less `padding` on every side. */
export function fitProjection(object: GeoPermissibleObjects, box: Box, padding = 0): GeoProjection {
  const inner: [[number, number], [number, number]] = [
    [box.x + padding, box.y + padding],
    [box.x + Math.max(padding + 1, box.width - padding), box.y + Math.max(padding + 1, box.height - padding)],
  ];
  return chinaProjection().fitExtent(inner, object);
}
