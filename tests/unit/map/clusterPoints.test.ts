import { describe, expect, test } from 'vitest';
import { clusterPoints, type MapPoint } from '../../../src/map/clusterPoints.ts';

describe('clusterPoints', () => {
  test('merges points within the radius into the biggest, at the weighted centre', () => {
    const points: MapPoint[] = [
      { code: 1, x: 0, y: 0, count: 3 },
      { code: 2, x: 4, y: 0, count: 1 },
      { code: 3, x: 100, y: 100, count: 2 },
    ];
    const clusters = clusterPoints(points, 10);
    expect(clusters).toHaveLength(2);
    expect(clusters[0]).toEqual({ x: 1, y: 0, count: 4, codes: [1, 2] });
    expect(clusters[1]).toEqual({ x: 100, y: 100, count: 2, codes: [3] });
  });

  test('keeps every event: cluster counts add up, each point in exactly one cluster', () => {
    const points: MapPoint[] = Array.from({ length: 500 }, (_, i) => ({
      code: i,
      x: (i * 7919) % 300,
      y: (i * 104729) % 200,
      count: 1 + (i % 5),
    }));
    const clusters = clusterPoints(points, 12);
    expect(clusters.reduce((s, c) => s + c.count, 0)).toBe(points.reduce((s, p) => s + p.count, 0));
    const codes = clusters.flatMap((c) => c.codes).sort((a, b) => a - b);
    expect(codes).toEqual(points.map((p) => p.code));
    expect(clusters.length).toBeLessThan(points.length);
  });

  test('radius 0 keeps distinct points apart', () => {
    const points: MapPoint[] = [
      { code: 1, x: 0, y: 0, count: 1 },
      { code: 2, x: 1, y: 0, count: 1 },
    ];
    expect(clusterPoints(points, 0)).toHaveLength(2);
  });
});
