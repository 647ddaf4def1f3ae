import { describe, expect, test } from 'vitest';
import { estimateTextWidth, placeLabels } from '../../../src/map/placeLabels.ts';

const bounds = { x0: 0, y0: 0, x1: 400, y1: 300 };

describe('placeLabels', () => {
  test('drops the lower-priority label of two that would collide', () => {
    const placed = placeLabels(
      [
        { code: '130000', text: '河北', x: 100, y: 100, priority: 10 },
        { code: '110000', text: '北京', x: 110, y: 104, priority: 1 },
        { code: '650000', text: '新疆', x: 300, y: 100, priority: 5 },
      ],
      { fontSize: 12, bounds },
    );
    expect(placed.map((l) => l.code)).toEqual(['130000', '650000']);
  });

  test('no two placed labels overlap', () => {
    const candidates = Array.from({ length: 60 }, (_, i) => ({
      code: String(i),
      text: '内蒙古',
      x: 20 + ((i * 37) % 360),
      y: 20 + ((i * 53) % 260),
      priority: i,
    }));
    const placed = placeLabels(candidates, { fontSize: 11, bounds });
    expect(placed.length).toBeGreaterThan(5);
    for (const a of placed) {
      for (const b of placed) {
        if (a === b) continue;
        const apart =
          Math.abs(a.x - b.x) >= (a.width + b.width) / 2 || Math.abs(a.y - b.y) >= (a.height + b.height) / 2;
        expect(apart).toBe(true);
      }
    }
  });

  test('keeps labels inside the bounds and out of avoided boxes (the inset)', () => {
    const placed = placeLabels(
      [
        { code: 'edge', text: '西藏', x: 2, y: 100, priority: 3 },
        { code: 'inset', text: '南海', x: 350, y: 250, priority: 2 },
        { code: 'ok', text: '四川', x: 150, y: 150, priority: 1 },
      ],
      { fontSize: 12, bounds, avoid: [{ x0: 320, y0: 220, x1: 400, y1: 300 }] },
    );
    expect(placed.map((l) => l.code)).toEqual(['ok']);
  });

  test('falls back to an alternate position (the capital) when the first collides', () => {
    const placed = placeLabels(
      [
        { code: '110000', text: '北京', x: 100, y: 100, priority: Infinity },
        { code: '130000', text: '河北', x: 104, y: 102, priority: 10, alternates: [[90, 150]] },
      ],
      { fontSize: 12, bounds },
    );
    expect(placed.map((l) => [l.code, l.x, l.y])).toEqual([
      ['110000', 100, 100],
      ['130000', 90, 150],
    ]);
  });

  test('estimates CJK as square and Latin narrower', () => {
    expect(estimateTextWidth('湖南', 10)).toBe(20);
    expect(estimateTextWidth('Hunan', 10)).toBe(30);
  });
});
