import { geoBounds, geoContains } from 'd3';
import type { Feature, FeatureCollection, MultiPolygon } from 'geojson';
import { makeCurrentCode } from './currentCode.ts';
import type { BuiltDivision } from './divisions.ts';
import { decodeEchartsMap, type EchartsMap } from './echartsDecode.ts';
import { fixWinding } from './fixWinding.ts';
import type { SeatCandidate } from './joinSeatPoints.ts';
import { normaliseGeometry } from './normaliseRings.ts';
import { largestRingCentroid } from './seatSources.ts';
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
  /** County polygons to cut out of the layer and add back under their current unit (see movedCounties). */
  patch?: RegionLayer;
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

/**
 * The prefecture feature a county-level unit belongs to today: its prefecture, or the unit itself when it is
 * directly under a province (municipality districts, 仙桃 …).
 */
export function layerUnitOf(divisions: ReadonlyMap<string, BuiltDivision>, code: string): string {
  const parent = divisions.get(divisions.get(code)?.parent ?? '');
  return parent?.level === 'prefecture' ? parent.code : code;
}

/**
 * County polygons from the newer county source whose centroid lies outside their current unit in the prefecture
 * layer: counties moved between prefectures after china-cities.json was drawn (简阳 → 成都, 寿县 → 淮南, 枞阳 →
 * 铜陵, 公主岭 → 长春). mapshaper erases them from the layer and adds them back under the right code.
 */
export function movedCounties(
  report: LayerReport,
  divisions: readonly BuiltDivision[],
  countySources: ReadonlyMap<string, SeatCandidate>,
): RegionLayer {
  const byCode = new Map(divisions.map((d) => [d.code, d]));
  const indexed = report.layer.features.map((f) => ({ f, b: geoBounds(f) }));
  const containing = (p: [number, number]) =>
    indexed.find(
      ({ f, b }) => p[0] >= b[0][0] && p[0] <= b[1][0] && p[1] >= b[0][1] && p[1] <= b[1][1] && geoContains(f, p),
    )?.f;
  const features: Feature<MultiPolygon, RegionProperties>[] = [];
  for (const [code, source] of [...countySources].sort((a, b) => a[0].localeCompare(b[0]))) {
    if (!source.geometry) continue;
    const centroid = largestRingCentroid(source.geometry);
    const unit = layerUnitOf(byCode, code);
    // A centroid in no feature (islands, a concave county whose centroid is in the sea) proves nothing.
    const owner = centroid ? containing(centroid) : undefined;
    if (!owner || owner.properties.code === unit) continue;
    const geometry = normaliseGeometry(source.geometry);
    const name = byCode.get(unit)?.name;
    if (geometry && name) features.push({ type: 'Feature', properties: { code: unit, name }, geometry });
  }
  const patch: RegionLayer = { type: 'FeatureCollection', features };
  fixWinding(patch);
  return patch;
}
