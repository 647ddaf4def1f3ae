import type { GeoProjection, ZoomTransform } from 'd3';
import { clusterPoints, type MapPoint } from './clusterPoints.ts';
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

/** Which point group each county seat belongs to, and where each group is drawn (screen pixels, after zoom). */
export interface PointGroups {
  /** Per county slot: its group, or -1 when not drawn (no seat, off screen, outside the region in focus). */
  groupOfSlot: Int32Array;
  x: Float64Array;
  y: Float64Array;
}

/**
 * Groups the county seats for one view (layout, zoom, region in focus) — not per time window, so that panning the
 * timeline only re-sums counts and the points stay put. Seats closer than `radius` px share a group (d3 quadtree
 * clustering, weighted by each seat's events in the whole table). Only events placed at a county seat
 * (pointLevel 3) are points: an event known only to its province or prefecture is never drawn as one.
 */
export function groupCountySeats(options: {
  counties: CountyIndex;
  seats: ProjectedSeats;
  transform: ZoomTransform;
  width: number;
  height: number;
  region: string | null;
  radius: number;
}): PointGroups {
  const { counties, seats, transform, width, height, radius } = options;
  const inside = regionTest(options.region);
  const points: MapPoint[] = [];
  for (let i = 0; i < counties.codes.length; i++) {
    if (counties.seatRows[i] === 0 || Number.isNaN(seats.x[i]) || !inside(counties.codes[i])) continue;
    const x = transform.applyX(seats.x[i]);
    const y = transform.applyY(seats.y[i]);
    if (x < 0 || y < 0 || x > width || y > height) continue;
    points.push({ code: counties.codes[i], x, y, count: counties.seatRows[i] });
  }
  const clusters = clusterPoints(points, radius);
  const groupOfSlot = new Int32Array(counties.codes.length).fill(-1);
  clusters.forEach((cluster, group) => {
    for (const code of cluster.codes) groupOfSlot[counties.slotOfCode.get(code)!] = group;
  });
  return {
    groupOfSlot,
    x: Float64Array.from(clusters, (c) => c.x),
    y: Float64Array.from(clusters, (c) => c.y),
  };
}

/** Events per group in the current window: one pass over the county slots. */
export function sumGroups(groups: PointGroups, countyPoints: Int32Array): Int32Array {
  const sums = new Int32Array(groups.x.length);
  const { groupOfSlot } = groups;
  for (let slot = 0; slot < countyPoints.length; slot++) {
    const group = groupOfSlot[slot];
    if (group >= 0) sums[group] += countyPoints[slot];
  }
  return sums;
}
