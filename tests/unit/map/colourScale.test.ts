import { color } from 'd3';
import { describe, expect, test } from 'vitest';
import { makeColourScale, ZERO_FILL } from '../../../src/map/colourScale.ts';

const lightness = (css: string) => {
  const c = color(css)!.rgb();
  return 0.2126 * c.r + 0.7152 * c.g + 0.0722 * c.b;
};

describe('makeColourScale', () => {
  test('spans 1..max; zero has its own fill, distinct from the palest ramp colour', () => {
    const scale = makeColourScale(120);
    expect(scale.domain).toEqual([1, 120]);
    expect(scale.fill(0)).toBe(ZERO_FILL);
    expect(scale.fill(1)).not.toBe(ZERO_FILL);
    const a = color(scale.fill(1))!.rgb();
    const z = color(ZERO_FILL)!.rgb();
    // Visibly different: far apart in RGB, not a near-identical tint.
    expect(Math.hypot(a.r - z.r, a.g - z.g, a.b - z.b)).toBeGreaterThan(30);
  });

  test('darkens monotonically with the count and clamps above max', () => {
    const scale = makeColourScale(100);
    const values = [1, 2, 5, 10, 50, 100].map((n) => lightness(scale.fill(n)));
    for (let i = 1; i < values.length; i++) expect(values[i]).toBeLessThan(values[i - 1]);
    expect(scale.fill(1000)).toBe(scale.fill(100));
  });

  test('degenerate maxima still give a usable scale', () => {
    for (const max of [0, 1, 0.4]) {
      const scale = makeColourScale(max);
      expect(scale.domain).toEqual([1, 1]);
      expect(scale.fill(1)).toMatch(/^rgb/);
      expect(scale.fill(0)).toBe(ZERO_FILL);
    }
  });
});
