import { describe, expect, test } from 'vitest';
import {
  binsFromDensity,
  binsFromTable,
  chooseBinUnit,
  countBetween,
  visibleBinRange,
} from '../../../src/timeline/densityBins.ts';
import { layoutTimeline, markAt } from '../../../src/timeline/layoutTimeline.ts';
import { indexRows } from '../../../src/timeline/visibleRows.ts';
import { benchEventsToTable } from '../../../src/data/benchEventsToTable.ts';
import { densityOfTimes } from '../../../src/data/densityOfTimes.ts';
import { chinaMidnight, partialDateSpan } from '../../../src/data/chinaTime.ts';
import type { EventTable } from '../../../src/data/eventTable.ts';

const DAY = 86_400_000;

function tableOf(dates: string[]): EventTable {
  const rows = dates.map((date, id) => ({
    id,
    t: date,
    date,
    caption: `c${id}`,
    province: '甲省',
    city: '乙市',
    county: '丙县',
    lng: 110,
    lat: 30,
    thumb: 't',
    post: 'p',
  }));
  const result = benchEventsToTable(rows);
  if (!result.ok) throw new Error(result.message);
  return result.value;
}

describe('density binning', () => {
  const table = tableOf(['2022-01-26', '2022-01-26', '2022-01-27', '2022-03-01', '2023-06-01']);
  test('binning the table matches the pre-aggregated density file', () => {
    const fromTable = binsFromTable(table, () => true);
    const fromFile = binsFromDensity(densityOfTimes(table.t0));
    for (const unit of ['day', 'month', 'year'] as const) {
      expect([...fromTable[unit].starts]).toEqual([...fromFile[unit].starts]);
      expect([...fromTable[unit].counts]).toEqual([...fromFile[unit].counts]);
    }
    expect([...fromTable.month.counts]).toEqual([3, 1, 1]);
  });
  test('filters apply before counting; range sums come from running totals', () => {
    const bins = binsFromTable(table, (row) => row !== 0);
    expect(countBetween(bins.day, chinaMidnight(2022, 1, 1), chinaMidnight(2022, 2, 1))).toBe(2);
    expect(countBetween(bins.day, chinaMidnight(2022, 1, 1), chinaMidnight(2024, 1, 1))).toBe(4);
    const [from, to] = visibleBinRange(bins.year, chinaMidnight(2023, 3, 1), chinaMidnight(2023, 4, 1));
    expect(to - from).toBe(1);
  });
  test('bars are at least a few pixels wide', () => {
    expect(chooseBinUnit(13 * 365 * DAY, 1200)).toBe('month');
    expect(chooseBinUnit(60 * 365 * DAY, 300)).toBe('year');
    expect(chooseBinUnit(200 * DAY, 1200)).toBe('day');
  });
});

describe('layout', () => {
  const frame = { width: 1000, height: 300, axisHeight: 40 };
  test('a crowded window becomes a histogram, a sparse one single marks that can be hit', () => {
    const dates = Array.from({ length: 5000 }, (_, i) =>
      new Date(Date.UTC(2020, 0, 1) + (i % 900) * DAY).toISOString().slice(0, 10),
    );
    const table = tableOf(dates.sort());
    const input = {
      table,
      index: indexRows(table),
      bins: binsFromTable(table, () => true),
      include: () => true,
      frame,
    };
    const wide = layoutTimeline({ ...input, start: chinaMidnight(2019, 12, 1), end: chinaMidnight(2022, 8, 1) });
    expect(wide.mode).toBe('histogram');
    expect(wide.bars.reduce((sum, bar) => sum + bar.count, 0)).toBe(5000);

    const [dayStart, dayEnd] = partialDateSpan('2020-01-10');
    const narrow = layoutTimeline({ ...input, start: dayStart - 2 * DAY, end: dayEnd + 2 * DAY });
    expect(narrow.mode).toBe('marks');
    const sameDay = narrow.marks.filter((m) => table.t0[m.row] === dayStart);
    expect(sameDay.length).toBeGreaterThan(1);
    expect(new Set(sameDay.map((m) => m.y)).size).toBe(sameDay.length);
    const hit = markAt(narrow, (sameDay[0].x0 + sameDay[0].x1) / 2, sameDay[0].y);
    expect(hit?.row).toBe(sameDay[0].row);
  });
});
