import type { Feature, FeatureCollection, Geometry } from 'geojson';

/** A boundary layer as src/geo/geodata.ts gives it: features with `id` = six-digit code and `properties.name`. */
export type RegionFeature = Feature<Geometry, { name?: string } | null>;
export type RegionCollection = FeatureCollection<Geometry, { name?: string } | null>;
