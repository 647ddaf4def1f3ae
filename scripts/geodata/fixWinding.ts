import { geoArea } from 'd3';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { requireSource } from './sourcePackages.ts';

const rewind = requireSource('@mapbox/geojson-rewind') as <T>(gj: T, clockwise: boolean) => T;

const hemisphere = 2 * Math.PI;

/**
 * d3-geo wants exterior rings clockwise (the reverse of RFC 7946). geojson-rewind fixes most rings; a polygon that
 * still covers more than a hemisphere (bow-tie rings defeat planar rewinding) is reversed ring by ring.
 */
export function fixWinding<P>(collection: FeatureCollection<Polygon | MultiPolygon, P>): number {
  rewind(collection, true);
  let reversed = 0;
  for (const feature of collection.features) {
    const g = feature.geometry;
    const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
    for (const rings of polygons) {
      if (geoArea({ type: 'Polygon', coordinates: rings }) > hemisphere) {
        rings.forEach((ring) => ring.reverse());
        reversed += 1;
      }
    }
  }
  return reversed;
}

/** Features of a layer that d3 would draw inside out (area above a hemisphere): must be none. */
export function invertedFeatures<G extends Feature>(features: readonly G[]): G[] {
  return features.filter((f) => geoArea(f) > hemisphere);
}
