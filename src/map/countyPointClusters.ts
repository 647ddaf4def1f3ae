import type { GeoProjection, ZoomTransform } from 'd3';
import { clusterPoints, type MapPoint, type PointCluster } from './clusterPoints.ts';
import type { CountyIndex } from './countyIndex.ts';

/** County seats projected once per layout (before zoom); NaN where a county has no seat point. */
export interface ProjectedSeats {
  x: Float64Array;
  y: Float64Array;
}

export function projectSeats(counties: CountyIndex, projection: GeoProjection): ProjectedSeats {
  const n = counties.codes.length;
  const x = new Float64Array(n).fill(NaN);
  const y = new Float64Array(n).fill(NaN);
  for (let i = 0; i < n; i++) {
    if (Number.isNaN(counties.lon[i])) continue;
    const p = projection([counties.lon[i], counties.lat[i]]);
    if (p) [x[i], y[i]] = p;
  }
  return { x, y };
}

/** Whether a county code lies in a region: a province, a prefecture, a county, or ELSEWHERE (which has no points). */
export function regionTest(region: string | null): (county: number) => boolean {
  if (region === null) return () => true;
  const code = Number(region);
  if (!Number.isInteger(code) || code <= 0) return () => false;
  if (code % 10000 === 0) return (county) => ((county / 10000) | 0) === code / 10000;
  if (code % 100 === 0) return (county) => ((county / 100) | 0) === code / 100;
  return (county) => county === code;
}

/**
 * The event points to draw: per county, the events placed at its seat (pointLevel 3 only — an event known only to
 * its province or prefecture is not drawn as a point), zoomed, kept to the visible box and to the region in focus,
 * and clustered where they crowd.
 */
export function countyPointClusters(options: {
  counties: CountyIndex;
  countyPoints: Int32Array;
  seats: ProjectedSeats;
  transform: ZoomTransform;
  width: number;
  height: number;
  /** Only points inside this region (the region filter, else the drilled province); null for all. */
  region: string | null;
  radius: number;
}): PointCluster[] {
  const { counties, countyPoints, seats, transform, width, height, radius } = options;
  const inside = regionTest(options.region);
  const points: MapPoint[] = [];
  for (let i = 0; i < countyPoints.length; i++) {
    const count = countyPoints[i];
    if (count === 0 || Number.isNaN(seats.x[i])) continue;
    if (!inside(counties.codes[i])) continue;
    const x = transform.applyX(seats.x[i]);
    const y = transform.applyY(seats.y[i]);
    if (x < 0 || y < 0 || x > width || y > height) continue;
    points.push({ code: counties.codes[i], x, y, count });
  }
  return clusterPoints(points, radius);
}
