import { describe, expect, test } from 'vitest';
import { gazetteer, loadNanhai, loadNeighbours, loadPrefectures, loadProvinces } from '../../../src/geo/geodata.ts';
import { buildMapShapes } from '../../../src/map/mapShapes.ts';

const [provinces, prefectures, nanhai, neighbours] = await Promise.all([
  loadProvinces(),
  loadPrefectures(),
  loadNanhai(),
  loadNeighbours(),
]);
const byCode = (code: string) => gazetteer().byCode(code);
const input = { provinces, prefectures, nanhai, neighbours, byCode };

/** Bounding box of an SVG path string's coordinates. */
function bounds(d: string) {
  const numbers = (d.match(/-?\d+(\.\d+)?(e-?\d+)?/g) ?? []).map(Number);
  const xs = numbers.filter((_, i) => i % 2 === 0);
  const ys = numbers.filter((_, i) => i % 2 === 1);
  return { x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) };
}

describe('buildMapShapes over the generated geodata', () => {
  const shapes = buildMapShapes({ ...input, drill: null, width: 800, height: 600 })!;

  test('the country: 34 provinces, each drawn inside the map, labels anchored inside it', () => {
    expect(shapes.regions).toHaveLength(34);
    for (const region of shapes.regions) {
      const b = bounds(region.d);
      expect(b.x0).toBeGreaterThanOrEqual(-1);
      expect(b.y0).toBeGreaterThanOrEqual(-1);
      expect(b.x1).toBeLessThanOrEqual(801);
      expect(b.y1).toBeLessThanOrEqual(601);
      // No inverted (whole-canvas) ring: no province spans most of the map.
      expect((b.x1 - b.x0) * (b.y1 - b.y0)).toBeLessThan(800 * 600 * 0.5);
      const [ax, ay] = region.anchor;
      expect(ax).toBeGreaterThan(0);
      expect(ay).toBeGreaterThan(0);
    }
    expect(shapes.regions.map((r) => r.code)).toEqual(expect.arrayContaining(['810000', '820000', '710000']));
  });

  test('the 南海 islands are in the inset, not stretching the main map', () => {
    const hainan = shapes.regions.find((r) => r.code === '460000')!;
    const inset = shapes.layout.inset!;
    // Hainan island sits above the inset's top edge in the main map.
    expect(bounds(hainan.d).y1).toBeLessThan(inset.y + inset.height);
    expect(shapes.inset!.islands.length).toBeGreaterThan(0);
    for (const d of shapes.inset!.islands) {
      const b = bounds(d);
      expect(b.x0).toBeGreaterThanOrEqual(inset.x - 0.5);
      expect(b.x1).toBeLessThanOrEqual(inset.x + inset.width + 0.5);
      expect(b.y0).toBeGreaterThanOrEqual(inset.y - 0.5);
      expect(b.y1).toBeLessThanOrEqual(inset.y + inset.height + 0.5);
    }
  });

  test('drilled into Hunan: its prefectures fill the map, the rest is context', () => {
    const drilled = buildMapShapes({ ...input, drill: '430000', width: 800, height: 600 })!;
    expect(drilled.inset).toBeNull();
    expect(drilled.regions.length).toBe(14);
    expect(drilled.regions.every((r) => r.code.startsWith('43'))).toBe(true);
    expect(drilled.context.length).toBeGreaterThan(30);
  });

  test('a municipality drills into its districts', () => {
    const beijing = buildMapShapes({ ...input, drill: '110000', width: 800, height: 600 })!;
    expect(beijing.regions.length).toBeGreaterThanOrEqual(16);
    expect(beijing.regions.map((r) => r.code)).toContain('110101');
  });

  test('Hong Kong and Macao, with no subdivisions, drill into themselves', () => {
    for (const code of ['810000', '820000']) {
      const shapes = buildMapShapes({ ...input, drill: code, width: 400, height: 300 })!;
      expect(shapes.regions.map((r) => r.code)).toEqual([code]);
    }
    expect(gazetteer().children('810000')).toHaveLength(0);
    expect(gazetteer().children('430000').length).toBeGreaterThan(0);
  });

  test('nothing to draw in a collapsed container', () => {
    expect(buildMapShapes({ ...input, drill: null, width: 0, height: 600 })).toBeNull();
  });
});
