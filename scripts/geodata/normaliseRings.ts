import type { MultiPolygon, Polygon, Position } from 'geojson';

/**
 * Ring repairs the ECharts data needs before any topology tool sees it: every ring is unclosed, many are shorter
 * than a triangle, and islands are stored as "holes" that lie outside their exterior ring.
 */

const samePoint = (a: Position, b: Position) => a[0] === b[0] && a[1] === b[1];

/** Drops repeated vertices and closes the ring; null when fewer than 3 distinct vertices remain. */
export function closeRing(ring: Position[]): Position[] | null {
  const points = ring.filter((p, i) => i === 0 || !samePoint(p, ring[i - 1]));
  while (points.length > 1 && samePoint(points[0], points[points.length - 1])) points.pop();
  if (new Set(points.map((p) => `${p[0]},${p[1]}`)).size < 3) return null;
  return [...points, points[0]];
}

/** Planar even-odd test; good enough to tell a real hole from an island stored as one. */
export function pointInRing(point: Position, ring: Position[]): boolean {
  const [x, y] = point;
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

type Box = [number, number, number, number];
const boxOf = (ring: Position[]): Box => [
  Math.min(...ring.map((p) => p[0])),
  Math.min(...ring.map((p) => p[1])),
  Math.max(...ring.map((p) => p[0])),
  Math.max(...ring.map((p) => p[1])),
];
const boxWithin = (a: Box, b: Box) => a[0] >= b[0] && a[1] >= b[1] && a[2] <= b[2] && a[3] <= b[3];

/**
 * A ring is a hole of another when at least 90 % of its vertices are inside it. Shared boundary vertices make a
 * lower share ambiguous: two halves of one unit stored as overlapping rings (阿克苏) share a border, not a hole.
 */
function ringInside(inner: Position[], outer: Position[]): boolean {
  if (!boxWithin(boxOf(inner), boxOf(outer))) return false;
  return inner.filter((p) => pointInRing(p, outer)).length >= 0.9 * inner.length;
}

const planarArea = (ring: Position[]) =>
  Math.abs(ring.reduce((sum, [x0, y0], i) => sum + (i > 0 ? ring[i - 1][0] * y0 - x0 * ring[i - 1][1] : 0), 0)) / 2;

/**
 * Closed, non-degenerate rings regrouped by containment: within each source polygon the largest ring is an
 * exterior, a ring inside an exterior is its hole, and any other ring (an island stored as a hole, or the rest of a
 * polygon whose stored exterior was degenerate) becomes an exterior of its own.
 */
export function normaliseGeometry(geometry: Polygon | MultiPolygon): MultiPolygon | null {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const result: Position[][][] = [];
  for (const rings of polygons) {
    const closed = rings.map(closeRing).filter((r): r is Position[] => r !== null);
    const bySize = closed.map((ring) => ({ ring, area: planarArea(ring) })).sort((a, b) => b.area - a.area);
    const groups: Position[][][] = [];
    for (const { ring } of bySize) {
      const owner = groups.find((g) => ringInside(ring, g[0]) && !g.slice(1).some((hole) => ringInside(ring, hole)));
      if (owner) owner.push(ring);
      else groups.push([ring]);
    }
    result.push(...groups);
  }
  return result.length > 0 ? { type: 'MultiPolygon', coordinates: result } : null;
}
