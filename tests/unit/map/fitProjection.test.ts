import { geoPath, type GeoPermissibleObjects } from 'd3';
import { describe, expect, test } from 'vitest';
import { fitProjection } from '../../../src/map/fitProjection.ts';
import { insetBox, layoutMap } from '../../../src/map/mapLayout.ts';

// A rough outline of China's extent: west 73.5°E, east 134.8°E, north 53.6°N, south (Hainan) 18.2°N.
const china: GeoPermissibleObjects = {
  type: 'Polygon',
  coordinates: [
    [
      [73.5, 39.5],
      [80, 30],
      [97, 21],
      [109.5, 18.2],
      [122, 25],
      [123, 39],
      [134.8, 48.4],
      [122.5, 53.6],
      [87, 49],
      [73.5, 39.5],
    ],
  ],
};

describe('fitProjection', () => {
  test('fits the object inside the box less the padding, touching it on one axis', () => {
    const projection = fitProjection(china, { x: 0, y: 0, width: 800, height: 600 }, 10);
    const [[x0, y0], [x1, y1]] = geoPath(projection).bounds(china);
    expect(x0).toBeGreaterThanOrEqual(9.9);
    expect(y0).toBeGreaterThanOrEqual(9.9);
    expect(x1).toBeLessThanOrEqual(790.1);
    expect(y1).toBeLessThanOrEqual(590.1);
    const touchesX = Math.abs(x0 - 10) < 0.5 && Math.abs(x1 - 790) < 0.5;
    const touchesY = Math.abs(y0 - 10) < 0.5 && Math.abs(y1 - 590) < 0.5;
    expect(touchesX || touchesY).toBe(true);
  });

  test('uses the conic with 105°E central meridian: north is up, west is left', () => {
    const projection = fitProjection(china, { x: 0, y: 0, width: 400, height: 300 });
    const [bx, by] = projection([116.4, 39.9])!; // Beijing
    const [ux, uy] = projection([87.6, 43.8])!; // Urumqi
    const [hx, hy] = projection([110.3, 20.0])!; // Haikou
    expect(ux).toBeLessThan(bx);
    expect(hy).toBeGreaterThan(by);
    expect(uy).toBeLessThan(hy);
    // The central meridian is vertical: two points on 105°E share x.
    expect(projection([105, 25])![0]).toBeCloseTo(projection([105, 45])![0], 6);
    expect(hx).toBeGreaterThan(0);
  });

  test('respects an offset box', () => {
    const projection = fitProjection(china, { x: 100, y: 50, width: 200, height: 200 }, 0);
    const [[x0, y0], [x1, y1]] = geoPath(projection).bounds(china);
    expect(x0).toBeGreaterThanOrEqual(99.9);
    expect(y0).toBeGreaterThanOrEqual(49.9);
    expect(x1).toBeLessThanOrEqual(300.1);
    expect(y1).toBeLessThanOrEqual(250.1);
  });
});

describe('layoutMap', () => {
  test('places the 南海诸岛 inset in the lower right, inside the map, framing the Spratlys', () => {
    const layout = layoutMap(800, 600, china, true);
    const inset = layout.inset!;
    expect(inset.x + inset.width).toBeLessThanOrEqual(800);
    expect(inset.y + inset.height).toBeLessThanOrEqual(600);
    expect(inset.x).toBeGreaterThan(400);
    expect(inset.y).toBeGreaterThan(300);
    const [sx, sy] = inset.projection([114, 10])!; // Spratly Islands
    expect(sx).toBeGreaterThan(inset.x);
    expect(sx).toBeLessThan(inset.x + inset.width);
    expect(sy).toBeGreaterThan(inset.y);
    expect(sy).toBeLessThan(inset.y + inset.height);
  });

  test('has no inset when drilled into a province', () => {
    expect(layoutMap(800, 600, china, false).inset).toBeNull();
  });

  test('keeps the inset readable on a phone', () => {
    const box = insetBox(390, 300);
    expect(box.width).toBeGreaterThanOrEqual(52);
    expect(box.height).toBeGreaterThan(box.width);
  });
});
