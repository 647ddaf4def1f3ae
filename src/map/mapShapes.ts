import { geoContains, geoPath, type GeoPath, type GeoPermissibleObjects } from 'd3';
import type { Feature, Geometry, MultiPolygon, Polygon } from 'geojson';
import type { Division } from '../model/gazetteer.ts';
import { layoutMap, type MapLayout } from './mapLayout.ts';
import type { RegionCollection, RegionFeature } from './regionCollection.ts';

/** A clickable region, its path string computed once per layout (recolouring changes fills only). */
export interface RegionShape {
  code: string;
  d: string;
  /** Where its label and keyboard focus sit, in layout pixels before zoom: inside its largest part. */
  anchor: [number, number];
  /** Projected area in px² (labels of bigger regions win). */
  area: number;
  /** The division's own point (its capital or seat), projected: a second place for its label. */
  point: [number, number] | null;
  division: Division | undefined;
  /** The boundary file's own name, for when the gazetteer lacks the code. */
  fileName: string;
}

export interface InsetShapes {
  neighbours: string[];
  regions: { code: string; d: string }[];
  islands: string[];
}

export interface MapShapes {
  layout: MapLayout;
  regions: RegionShape[];
  /** Faint, inert context: neighbouring countries, and the other provinces when drilled in. */
  context: string[];
  inset: InsetShapes | null;
}

export interface ShapeInput {
  provinces: RegionCollection;
  prefectures: RegionCollection | null;
  neighbours: RegionCollection | null;
  nanhai: RegionCollection | null;
  /** The province drilled into, or null for the country. */
  drill: string | null;
  width: number;
  height: number;
  byCode: (code: string) => Division | undefined;
}

// Parts of Hainan drawn in the inset, not the main map: everything south of this latitude.
const MAIN_MAP_SOUTH = 17;

const codeOf = (feature: RegionFeature) => String(feature.id ?? '');

function polygonsOf(geometry: Geometry | null): Polygon[] {
  if (!geometry) return [];
  if (geometry.type === 'Polygon') return [geometry];
  if (geometry.type === 'MultiPolygon')
    return geometry.coordinates.map((coordinates) => ({ type: 'Polygon', coordinates }));
  if (geometry.type === 'GeometryCollection') return geometry.geometries.flatMap(polygonsOf);
  return [];
}

/** The mainland part of a feature: polygons wholly south of 17°N (the 南海 islands) move to the inset. */
function withoutFarIslands(feature: RegionFeature): RegionFeature {
  const polygons = polygonsOf(feature.geometry);
  const kept = polygons.filter((polygon) => polygon.coordinates[0]?.some(([, lat]) => lat >= MAIN_MAP_SOUTH));
  if (kept.length === polygons.length) return feature;
  const geometry: MultiPolygon = { type: 'MultiPolygon', coordinates: kept.map((p) => p.coordinates) };
  return { ...feature, geometry };
}

/** Label anchor: the centroid of the largest part, or the division's own point when that centroid falls outside it. */
function anchorOf(
  feature: RegionFeature,
  path: GeoPath,
  projection: MapLayout['projection'],
  division?: Division,
): { anchor: [number, number]; area: number } {
  let largest: Polygon | null = null;
  let largestArea = -1;
  let area = 0;
  for (const polygon of polygonsOf(feature.geometry)) {
    const a = path.area(polygon);
    area += a;
    if (a > largestArea) {
      largest = polygon;
      largestArea = a;
    }
  }
  if (!largest) return { anchor: [NaN, NaN], area: 0 };
  const centroid = path.centroid(largest);
  const inverted = projection.invert?.(centroid);
  if (inverted && !geoContains(largest, inverted) && division?.point) {
    const point = projection(division.point);
    if (point) return { anchor: point, area };
  }
  return { anchor: centroid, area };
}

function regionShapes(
  features: RegionFeature[],
  path: GeoPath,
  projection: MapLayout['projection'],
  byCode: ShapeInput['byCode'],
): RegionShape[] {
  return features
    .map((feature) => {
      const code = codeOf(feature);
      const division = byCode(code);
      return {
        code,
        d: path(feature) ?? '',
        ...anchorOf(feature, path, projection, division),
        point: division?.point ? projection(division.point) : null,
        division,
        fileName: feature.properties?.name ?? code,
      };
    })
    .filter((shape) => shape.d !== '' && /^\d{6}$/.test(shape.code));
}

const pathsOf = (collection: RegionCollection | null, path: GeoPath) =>
  (collection?.features ?? []).map((f) => path(f) ?? '').filter((d) => d !== '');

/**
 * Every path string the map draws for one layout (size + drill level). Computed once per layout, so panning the
 * timeline only changes fills; zooming the map only changes a transform.
 */
export function buildMapShapes(input: ShapeInput): MapShapes | null {
  const { provinces, prefectures, neighbours, nanhai, drill, width, height, byCode } = input;
  if (width < 10 || height < 10) return null;
  const mainland = provinces.features.map(withoutFarIslands);
  if (drill === null) {
    const focus: GeoPermissibleObjects = { type: 'FeatureCollection', features: mainland } as GeoPermissibleObjects;
    const layout = layoutMap(width, height, focus, true);
    const path = geoPath(layout.projection);
    const inset = layout.inset!;
    const insetPath = geoPath(inset.projection);
    return {
      layout,
      regions: regionShapes(mainland, path, layout.projection, byCode),
      context: pathsOf(neighbours, path),
      inset: {
        neighbours: pathsOf(neighbours, insetPath),
        regions: provinces.features
          .map((f) => ({ code: codeOf(f), d: insetPath(f) ?? '' }))
          .filter((shape) => shape.d !== ''),
        islands: pathsOf(nanhai, insetPath),
      },
    };
  }
  const province = mainland.find((f) => codeOf(f) === drill);
  if (!province || !prefectures) return null;
  const prefix = drill.slice(0, 2);
  const subdivided = prefectures.features
    .filter((f) => codeOf(f).startsWith(prefix) && codeOf(f) !== drill)
    .map(withoutFarIslands) as Feature<Geometry, { name?: string } | null>[];
  // Hong Kong and Macao have no subdivisions in the layer: the unit itself is the one region.
  const children = subdivided.length > 0 ? subdivided : [province];
  const layout = layoutMap(width, height, province as GeoPermissibleObjects, false);
  const path = geoPath(layout.projection);
  const others = mainland.filter((f) => codeOf(f) !== drill);
  return {
    layout,
    regions: regionShapes(children, path, layout.projection, byCode),
    context: [...pathsOf(neighbours, path), ...others.map((f) => path(f) ?? '').filter((d) => d !== '')],
    inset: null,
  };
}
