import type { Feature, FeatureCollection, MultiPolygon } from 'geojson';
import { makeCurrentCode } from './currentCode.ts';
import type { BuiltDivision } from './divisions.ts';
import { decodeEchartsMap, type EchartsMap } from './echartsDecode.ts';
import { fixWinding } from './fixWinding.ts';
import { normaliseGeometry } from './normaliseRings.ts';
import { readSourceJson } from './sourcePackages.ts';

export interface RegionProperties {
  code: string;
  name: string;
}
export type RegionLayer = FeatureCollection<MultiPolygon, RegionProperties>;

export interface LayerReport {
  layer: RegionLayer;
  /** Source features whose old code could not be mapped to a current unit (dropped). */
  unmapped: string[];
  /** Polygons reversed by the geoArea safety pass after geojson-rewind. */
  reversed: number;
  /** Source features left with no usable ring (e.g. 山南市's empty duplicate). */
  empty: string[];
}

const municipalities = { '110000': 'beijing', '120000': 'tianjin', '310000': 'shanghai', '500000': 'chongqing' };

const echarts = (file: string) => decodeEchartsMap(readSourceJson<EchartsMap>('echarts', `map/json/${file}`)).features;

/** Decoded, repaired features with current codes and official names; old units share the new code (dissolved later). */
function toLayer(
  sources: { id?: string; name: string; geometry: Parameters<typeof normaliseGeometry>[0] }[],
  codeOf: (oldCode: string | undefined, name: string) => string | undefined,
  divisions: ReadonlyMap<string, BuiltDivision>,
): LayerReport {
  const unmapped: string[] = [];
  const empty: string[] = [];
  const features: Feature<MultiPolygon, RegionProperties>[] = [];
  for (const s of sources) {
    const code = codeOf(s.id, s.name);
    const division = code ? divisions.get(code) : undefined;
    if (!code || !division) {
      unmapped.push(`${s.id ?? '-'} ${s.name}`);
      continue;
    }
    const geometry = normaliseGeometry(s.geometry);
    if (!geometry) {
      empty.push(`${s.id ?? '-'} ${s.name}`);
      continue;
    }
    features.push({ type: 'Feature', properties: { code, name: division.name }, geometry });
  }
  const layer: RegionLayer = { type: 'FeatureCollection', features };
  return { layer, unmapped, empty, reversed: fixWinding(layer) };
}

const plain = (f: ReturnType<typeof echarts>[number]) => ({ id: f.id, name: f.properties.name, geometry: f.geometry });

/** The 34 province-level units of ECharts 4.9 `china.json` (adcodes unchanged since). */
export function provinceLayer(divisions: readonly BuiltDivision[]): LayerReport {
  const byCode = new Map(divisions.map((d) => [d.code, d]));
  return toLayer(echarts('china.json').map(plain), (id) => id, byCode);
}

/**
 * Prefecture-level units from `china-cities.json` (which also has 仙桃/潜江/天门/神农架/济源, Hainan's and Xinjiang's
 * province-administered units, Taiwan, Hong Kong and Macao as single features), with the four municipalities
 * replaced by their districts from the province files, so the layer covers the country without holes.
 */
export function prefectureLayer(divisions: readonly BuiltDivision[]): LayerReport {
  const byCode = new Map(divisions.map((d) => [d.code, d]));
  const prefectureCode = makeCurrentCode(divisions, 'prefecture');
  const districtCode = makeCurrentCode(divisions, 'county');
  const cities = echarts('china-cities.json').filter((f) => !(f.id && f.id in municipalities));
  const districts = Object.entries(municipalities).flatMap(([code, file]) =>
    echarts(`province/${file}.json`).map((f) => ({ ...plain(f), id: f.id ?? code })),
  );
  return toLayer(
    [...cities.map(plain), ...districts],
    (id, name) => {
      if (id === undefined) return undefined;
      if (/^(71|81|82)/.test(id)) return `${id.slice(0, 2)}0000`;
      return id.slice(0, 2) in { 11: 1, 12: 1, 31: 1, 50: 1 } ? districtCode(id, name) : prefectureCode(id, name);
    },
    byCode,
  );
}

/** 三沙市's islands and reefs (220 rings in ECharts 4.9 `province/hainan.json`) for the 南海诸岛 inset. */
export function nanhaiLayer(divisions: readonly BuiltDivision[]): LayerReport {
  const byCode = new Map(divisions.map((d) => [d.code, d]));
  const sansha = echarts('province/hainan.json').filter((f) => f.id === '460300');
  return toLayer(sansha.map(plain), (id) => id, byCode);
}
