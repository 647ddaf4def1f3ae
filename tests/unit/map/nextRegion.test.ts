import { describe, expect, test } from 'vitest';
import { nextRegion, type RegionAnchor } from '../../../src/map/nextRegion.ts';

// A plus-shaped layout around C, with a nearer region off to the side (NE) of the one straight up.
const anchors: RegionAnchor[] = [
  { code: 'C', x: 100, y: 100 },
  { code: 'N', x: 100, y: 40 },
  { code: 'NE', x: 130, y: 70 },
  { code: 'S', x: 100, y: 160 },
  { code: 'W', x: 40, y: 100 },
  { code: 'E', x: 170, y: 105 },
];
const from = anchors[0];

describe('nextRegion', () => {
  test('moves along each arrow direction', () => {
    expect(nextRegion(from, anchors, 'down')).toBe('S');
    expect(nextRegion(from, anchors, 'left')).toBe('W');
    expect(nextRegion(from, anchors, 'right')).toBe('E');
  });

  test('prefers the region straight ahead over a nearer one off to the side', () => {
    // NE is nearer (42 px) but 30 px sideways: score 30 + 60 = 90; N scores 60.
    expect(nextRegion(from, anchors, 'up')).toBe('N');
  });

  test('takes an off-axis region when it is the only one that way', () => {
    expect(nextRegion(from, [from, { code: 'X', x: 150, y: 20 }], 'up')).toBe('X');
  });

  test('returns null at the edge and ignores regions behind or beside', () => {
    expect(nextRegion(anchors[3], anchors, 'down')).toBeNull();
    // Straight sideways is more than 60° off "up".
    expect(nextRegion(from, [from, { code: 'E', x: 200, y: 99 }], 'up')).toBeNull();
  });
});
