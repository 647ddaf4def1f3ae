import { zoomIdentity } from 'd3';
import { describe, expect, test } from 'vitest';
import { countByRegion } from '../../../src/map/countByRegion.ts';
import { countyIndex } from '../../../src/map/countyIndex.ts';
import { groupCountySeats, sumGroups, type ProjectedSeats } from '../../../src/map/countyPointClusters.ts';
import { tableOf } from './tableFixture.ts';

const DAY = 86_400_000;
// Two Hunan counties 5 px apart, one Shanxi county far away, and a Hunan event known only to its prefecture.
const table = tableOf([
  { t0: 0, province: 430000, prefecture: 430100, county: 430102, lon: 0, lat: 0, pointLevel: 3 },
  { t0: 1 * DAY, province: 430000, prefecture: 430100, county: 430103, lon: 5, lat: 0, pointLevel: 3 },
  { t0: 2 * DAY, province: 140000, prefecture: 141000, county: 141082, lon: 100, lat: 100, pointLevel: 3 },
  { t0: 3 * DAY, province: 430000, prefecture: 433100, lon: 50, lat: 50, pointLevel: 2 },
]);
const counties = countyIndex(table);
// Treat lon/lat as screen pixels for the test.
const seats: ProjectedSeats = { x: Float64Array.from(counties.lon), y: Float64Array.from(counties.lat) };
const view = { counties, seats, transform: zoomIdentity, width: 200, height: 200, radius: 10 };

describe('county point groups', () => {
  test('near seats share a group; a prefecture-level event is never a point', () => {
    const groups = groupCountySeats({ ...view, region: null });
    expect(groups.x.length).toBe(2);
    const all = countByRegion(table, null, { caption: true, text: true });
    expect(Array.from(sumGroups(groups, all.countyPoints)).sort()).toEqual([1, 2]);
  });

  test('panning re-sums the same groups: only the window changes the counts', () => {
    const groups = groupCountySeats({ ...view, region: null });
    const early = countByRegion(table, [0, 0.5 * DAY], { caption: true, text: true });
    const sums = sumGroups(groups, early.countyPoints);
    expect(sums.reduce((a, b) => a + b, 0)).toBe(1);
  });

  test('keeps to the region in focus and to the visible box', () => {
    expect(groupCountySeats({ ...view, region: '140000' }).x.length).toBe(1);
    expect(groupCountySeats({ ...view, region: '430100' }).x.length).toBe(1);
    expect(groupCountySeats({ ...view, region: 'elsewhere' }).x.length).toBe(0);
    expect(groupCountySeats({ ...view, region: null, width: 50, height: 50 }).x.length).toBe(1);
  });
});
