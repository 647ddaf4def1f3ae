import type { FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Gazetteer } from '../model/gazetteer.ts';
import { decodeBrowserGazetteer, type BrowserGazetteerFile } from './browserGazetteer.ts';
import { createGazetteer } from './gazetteer.ts';
import gazetteerFile from './data/gazetteer.browser.json';

/**
 * The one browser-side entry to the generated geodata (see docs/geodata.md). The gazetteer is bundled; each map
 * layer is a dynamic import, so it becomes its own chunk, fetched the first time it is asked for.
 */

/** A map layer: features with `id` = six-digit code (ISO 3166 numeric for neighbours) and `properties.name`. */
export type RegionCollection = FeatureCollection<Geometry, { name: string }>;

let gazetteerCache: Gazetteer | undefined;

/** The gazetteer of provinces, prefectures and counties (NBS 2023; the browser's copy), indexed once on first use. */
export function gazetteer(): Gazetteer {
  // JSON imports infer loose array types; the file is generated in exactly the BrowserGazetteerFile shape.
  gazetteerCache ??= createGazetteer(decodeBrowserGazetteer(gazetteerFile as unknown as BrowserGazetteerFile));
  return gazetteerCache;
}

/** Turns a generated TopoJSON file (one object, named after the layer) into GeoJSON with string ids. */
export function topologyToRegions(topology: Topology, object: string): RegionCollection {
  const geometries = topology.objects[object] as GeometryCollection<{ name?: string }> | undefined;
  if (!geometries) throw new Error(`geodata: topology has no object "${object}"`);
  const collection = feature(topology, geometries);
  return {
    type: 'FeatureCollection',
    features: collection.features.map((f) => ({
      type: 'Feature',
      id: String(f.id),
      properties: { name: f.properties?.name ?? '' },
      geometry: f.geometry,
    })),
  };
}

const regions = (module: { default: unknown }, object: string) => topologyToRegions(module.default as Topology, object);

/** The 34 province-level units (id = "110000" …). */
export const loadProvinces = async (): Promise<RegionCollection> =>
  regions(await import('./data/provinces.topo.json'), 'provinces');

/**
 * Prefecture-level units; the municipalities' districts and the province-administered county-level units
 * (仙桃, 济源, 石河子 …) are features of their own, and Taiwan, Hong Kong and Macao one feature each.
 */
export const loadPrefectures = async (): Promise<RegionCollection> =>
  regions(await import('./data/prefectures.topo.json'), 'prefectures');

/** 三沙市's islands and reefs (id "460300") for a 南海诸岛 inset. */
export const loadNanhai = async (): Promise<RegionCollection> =>
  regions(await import('./data/nanhai.topo.json'), 'nanhai');

/** Natural Earth countries around China (id = ISO 3166 numeric, English name), for context only. */
export const loadNeighbours = async (): Promise<RegionCollection> =>
  regions(await import('./data/neighbours.topo.json'), 'neighbours');
