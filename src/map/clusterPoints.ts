import { quadtree, type QuadtreeLeaf } from 'd3';

/** An event point on screen: all events of one county in the window, at its seat. */
export interface MapPoint {
  code: number;
  x: number;
  y: number;
  count: number;
}

export interface PointCluster {
  x: number;
  y: number;
  count: number;
  /** The county codes merged into this cluster, biggest first. */
  codes: number[];
}

/**
 * Merges points closer than `radius` pixels: the biggest unclaimed point takes every unclaimed point within `radius`
 * of it (found with a d3 quadtree), and the cluster sits at their count-weighted centre. Deterministic.
 */
export function clusterPoints(points: readonly MapPoint[], radius: number): PointCluster[] {
  const order = [...points].sort((a, b) => b.count - a.count || a.code - b.code);
  const tree = quadtree<MapPoint>()
    .x((p) => p.x)
    .y((p) => p.y)
    .addAll(order);
  const claimed = new Set<MapPoint>();
  const clusters: PointCluster[] = [];
  const r2 = radius * radius;
  for (const seed of order) {
    if (claimed.has(seed)) continue;
    const members: MapPoint[] = [];
    tree.visit((node, x0, y0, x1, y1) => {
      if (!('length' in node)) {
        for (let leaf: QuadtreeLeaf<MapPoint> | undefined = node; leaf; leaf = leaf.next) {
          const p = leaf.data;
          const dx = p.x - seed.x;
          const dy = p.y - seed.y;
          if (!claimed.has(p) && dx * dx + dy * dy <= r2) members.push(p);
        }
      }
      // Skip quadrants wholly outside the seed's square.
      return x0 > seed.x + radius || x1 < seed.x - radius || y0 > seed.y + radius || y1 < seed.y - radius;
    });
    let count = 0;
    let sx = 0;
    let sy = 0;
    members.sort((a, b) => b.count - a.count || a.code - b.code);
    for (const p of members) {
      claimed.add(p);
      count += p.count;
      sx += p.x * p.count;
      sy += p.y * p.count;
    }
    clusters.push({
      x: count > 0 ? sx / count : seed.x,
      y: count > 0 ? sy / count : seed.y,
      count,
      codes: members.map((p) => p.code),
    });
  }
  return clusters;
}
