import { describe, expect, test } from 'vitest';
import { isHollow, isRanged, markShape } from '../../../src/timeline/markShape.ts';
import { packLanes } from '../../../src/timeline/packLanes.ts';
import { partialDateSpan } from '../../../src/data/chinaTime.ts';

const span = (start: string, end = start) => [partialDateSpan(start)[0], partialDateSpan(end)[1]] as const;

describe('precision → mark', () => {
  test('a day is a point, a month or year a faint span, a range of days a bar', () => {
    expect(markShape(...span('2022-01-26'), 0)).toBe('point');
    expect(markShape(...span('2022-01'), 1)).toBe('span');
    expect(markShape(...span('2022'), 2)).toBe('span');
    expect(markShape(...span('2022-09-25', '2022-09-28'), 0)).toBe('bar');
    expect(isRanged(...span('2022-01'), 1)).toBe(false);
    expect(isRanged(...span('2022-01', '2022-03'), 1)).toBe(true);
  });
  test('body-text events are hollow, photo captions filled', () => {
    expect(isHollow(1)).toBe(true);
    expect(isHollow(0)).toBe(false);
  });
});

describe('lane stacking', () => {
  test('same-day marks stack upwards; a mark clear of the others goes back to lane 0', () => {
    const left = [0, 0, 0, 3, 20];
    const right = [8, 8, 8, 11, 28];
    expect([...packLanes(left, right, 10)]).toEqual([0, 1, 2, 3, 0]);
  });
  test('marks past the lane limit are flagged for the overflow count', () => {
    expect([...packLanes([0, 0, 0], [8, 8, 8], 2)]).toEqual([0, 1, -1]);
  });
});
