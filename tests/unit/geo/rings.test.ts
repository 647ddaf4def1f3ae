import { existsSync } from 'node:fs';
import type { Position } from 'geojson';
import { geoArea } from 'd3';
import { describe, expect, test } from 'vitest';
import { decodeRing } from '../../../scripts/geodata/echartsDecode.ts';
import { closeRing, normaliseGeometry } from '../../../scripts/geodata/normaliseRings.ts';

const square = (x: number, y: number, size: number): Position[] => [
  [x, y],
  [x + size, y],
  [x + size, y + size],
  [x, y + size],
];

/** Zig-zag encodes deltas the way ECharts does, to test the decoder against a known ring. */
function encode(ring: Position[], offset: [number, number]): string {
  let [px, py] = offset;
  let out = '';
  for (const [x, y] of ring) {
    const qx = Math.round(x * 1024);
    const qy = Math.round(y * 1024);
    for (const d of [qx - px, qy - py]) out += String.fromCharCode(((d << 1) ^ (d >> 31)) + 64);
    px = qx;
    py = qy;
  }
  return out;
}

describe('ECharts ring decoding', () => {
  test('decodes zig-zag deltas from the offset, in 1/1024 degree', () => {
    const ring = [
      [116.5, 39.75],
      [116.25, 40],
      [117, 40.125],
    ];
    expect(decodeRing(encode(ring, [119296, 40704]), [119296, 40704])).toEqual(ring);
  });
});

describe('ring repair', () => {
  test('closes rings and drops degenerate ones', () => {
    expect(closeRing(square(0, 0, 1))).toHaveLength(5);
    expect(
      closeRing([
        [0, 0],
        [1, 1],
        [0, 0],
      ]),
    ).toBeNull();
  });

  test('an island stored as a hole becomes its own polygon; a real hole stays', () => {
    const geometry = normaliseGeometry({
      type: 'Polygon',
      coordinates: [square(0, 0, 10), square(20, 0, 2), square(4, 4, 2)],
    });
    expect(geometry?.coordinates.map((polygon) => polygon.length)).toEqual([2, 1]);
  });

  test('a degenerate exterior does not lose the other rings', () => {
    const geometry = normaliseGeometry({
      type: 'MultiPolygon',
      coordinates: [
        [
          [
            [0, 0],
            [0, 0],
          ],
          square(5, 5, 3),
        ],
      ],
    });
    expect(geometry?.coordinates).toHaveLength(1);
  });

  // fixWinding loads geojson-rewind from scripts/geodata/node_modules, installed only by `npm run build:geodata`.
  const rewindInstalled = existsSync(
    new URL('../../../scripts/geodata/node_modules/@mapbox/geojson-rewind', import.meta.url),
  );

  test.skipIf(!rewindInstalled)('winding ends clockwise for d3: no polygon covers more than a hemisphere', async () => {
    const { fixWinding } = await import('../../../scripts/geodata/fixWinding.ts');
    const geometry = normaliseGeometry({ type: 'Polygon', coordinates: [[...square(100, 30, 1)].reverse()] });
    const layer = {
      type: 'FeatureCollection' as const,
      features: [{ type: 'Feature' as const, properties: {}, geometry: geometry! }],
    };
    fixWinding(layer);
    expect(geoArea(layer.features[0])).toBeLessThan(0.01);
  });
});
