import { describe, expect, test } from 'vitest';
import { ELSEWHERE, passesFilters } from '../../../src/data/filter.ts';
import { regionTest } from '../../../src/map/countyPointClusters.ts';
import { tableOf } from './tableFixture.ts';

// The map sets region to whatever it draws: provinces, prefectures, and in a drilled municipality its districts.
const table = tableOf([
  { t0: 0, province: 110000, county: 110101 },
  { t0: 1, province: 420000, county: 429004 },
  { t0: 2, province: 430000, prefecture: 430100, county: 430102 },
  { t0: 3, province: 0 },
]);
const rowsIn = (region: string) =>
  [0, 1, 2, 3].filter((i) => passesFilters(table, i, { kinds: { caption: true, text: true }, region }));

describe('region filter for every code the map can set', () => {
  test('province, prefecture, county-level and elsewhere', () => {
    expect(rowsIn('110000')).toEqual([0]);
    expect(rowsIn('430100')).toEqual([2]);
    // Districts of municipalities and counties directly under a province have no prefecture.
    expect(rowsIn('110101')).toEqual([0]);
    expect(rowsIn('429004')).toEqual([1]);
    expect(rowsIn(ELSEWHERE)).toEqual([3]);
  });

  test('event points follow the same regions', () => {
    expect(regionTest(null)(430102)).toBe(true);
    expect(regionTest('430000')(430102)).toBe(true);
    expect(regionTest('430100')(430102)).toBe(true);
    expect(regionTest('430200')(430102)).toBe(false);
    expect(regionTest('110101')(110101)).toBe(true);
    expect(regionTest(ELSEWHERE)(430102)).toBe(false);
  });
});
