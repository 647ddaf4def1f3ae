import { describe, expect, test } from 'vitest';
import { countByRegion, countOf } from '../../../src/map/countByRegion.ts';
import { windowRows } from '../../../src/map/windowRows.ts';
import { tableOf, type Row } from './tableFixture.ts';

const DAY = 86_400_000;
const ALL = { caption: true, text: true };

// Hunan (430000): Changsha (430100) with a county (430102) and Xiangxi (433100); Shanxi (140000); one foreign.
const rows: Row[] = [
  { t0: 0, province: 430000, prefecture: 430100, county: 430102, lon: 113, lat: 28, pointLevel: 3 },
  { t0: 1 * DAY, province: 430000, prefecture: 433100, pointLevel: 2, lon: 109.7, lat: 28.3 },
  { t0: 2 * DAY, province: 140000, prefecture: 141000, county: 141082, kind: 1, pointLevel: 3, lon: 111.7, lat: 36.6 },
  { t0: 3 * DAY, province: 0 },
  // A year-long event starting well before the others: it overlaps any window inside it.
  { t0: -200 * DAY, t1: 100 * DAY, province: 430000 },
  { t0: 10 * DAY, province: 110000, county: 110101, lon: 116.4, lat: 39.9, pointLevel: 3 },
];
const table = tableOf(rows);

describe('countByRegion', () => {
  test('counts every event per province, prefecture and county without a window', () => {
    const counts = countByRegion(table, null, ALL);
    expect(counts.total).toBe(6);
    expect(countOf(counts, '430000')).toBe(3);
    expect(countOf(counts, '430100')).toBe(1);
    expect(countOf(counts, '433100')).toBe(1);
    expect(countOf(counts, '140000')).toBe(1);
    expect(countOf(counts, '110000')).toBe(1);
    // A municipal district has no prefecture: it is counted by its county code.
    expect(countOf(counts, '110101')).toBe(1);
    expect(counts.elsewhere).toBe(1);
    expect(countOf(counts, '650000')).toBe(0);
  });

  test('counts only events overlapping the window, including long ones that started before it', () => {
    const counts = countByRegion(table, [1.5 * DAY, 3.5 * DAY], ALL);
    // Shanxi's day 2, the foreign day 3, and the year-long Hunan event.
    expect(counts.total).toBe(3);
    expect(countOf(counts, '430000')).toBe(1);
    expect(countOf(counts, '140000')).toBe(1);
    expect(counts.elsewhere).toBe(1);
    expect(countOf(counts, '110000')).toBe(0);
  });

  test('window ends are inclusive', () => {
    const counts = countByRegion(table, [10 * DAY, 10 * DAY], ALL);
    expect(countOf(counts, '110000')).toBe(1);
    expect(countOf(counts, '430000')).toBe(1);
    expect(counts.total).toBe(2);
  });

  test('honours the kind filter', () => {
    const counts = countByRegion(table, null, { caption: true, text: false });
    expect(countOf(counts, '140000')).toBe(0);
    expect(counts.total).toBe(5);
    expect(countByRegion(table, null, { caption: false, text: false }).total).toBe(0);
  });

  test('only county-level points count as points', () => {
    const counts = countByRegion(table, null, ALL);
    const slot = counts.counties.slotOfCode.get(430102)!;
    expect(counts.countyPoints[slot]).toBe(1);
    // The Xiangxi event only has a prefecture point: it adds no county point anywhere.
    const pointTotal = counts.countyPoints.reduce((a, b) => a + b, 0);
    expect(pointTotal).toBe(3);
  });

  test('matches a brute-force count over random windows', () => {
    const random = mulberry32(7);
    const many: Row[] = Array.from({ length: 2000 }, () => {
      const t0 = Math.floor(random() * 1000) * DAY;
      const p = [110000, 430000, 140000, 0][Math.floor(random() * 4)];
      return { t0, t1: t0 + Math.floor(random() * 40) * DAY, province: p, kind: random() < 0.3 ? 1 : 0 };
    });
    const big = tableOf(many);
    for (let k = 0; k < 20; k++) {
      const a = random() * 1000 * DAY;
      const b = a + random() * 200 * DAY;
      const counts = countByRegion(big, [a, b], { caption: true, text: k % 2 === 0 });
      const expected = many.filter((r) => r.t0 <= b && (r.t1 ?? r.t0) >= a && (k % 2 === 0 || r.kind === 0));
      expect(counts.total).toBe(expected.length);
      expect(countOf(counts, 430000)).toBe(expected.filter((r) => r.province === 430000).length);
      expect(counts.elsewhere).toBe(expected.filter((r) => r.province === 0).length);
    }
  });
});

describe('windowRows', () => {
  test('narrows the scan to rows that can overlap, by binary search', () => {
    const range = windowRows(table, [9 * DAY, 11 * DAY]);
    // Rows before the year-long event's start can be skipped; nothing after day 10 exists.
    expect(range.end).toBe(table.size);
    expect(range.start).toBeGreaterThanOrEqual(0);
    expect(windowRows(table, [20 * DAY, 30 * DAY]).end).toBe(table.size);
    expect(windowRows(table, [-1000 * DAY, -900 * DAY])).toEqual({ start: 0, end: 0 });
  });
});

function mulberry32(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
