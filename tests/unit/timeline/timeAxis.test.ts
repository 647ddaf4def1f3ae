import { describe, expect, test } from 'vitest';
import { axisTicks, chooseTickStep } from '../../../src/timeline/timeAxis.ts';
import { chinaMidnight } from '../../../src/data/chinaTime.ts';

const DAY = 86_400_000;

describe('axis ticks', () => {
  test('the step follows the zoom: years for the archive, months for a year, days for weeks, hours for a day', () => {
    expect(chooseTickStep(13 * 365 * DAY, 1000).unit).toBe('year');
    expect(chooseTickStep(365 * DAY, 1000).unit).toBe('month');
    expect(chooseTickStep(20 * DAY, 1000).unit).toBe('day');
    expect(chooseTickStep(DAY, 1000).unit).toBe('hour');
  });

  test('month ticks fall on China midnights with the year above them', () => {
    const ticks = axisTicks(chinaMidnight(2021, 11, 15), chinaMidnight(2022, 3, 10), 300, 'zh');
    expect(ticks.unit).toBe('month');
    expect(ticks.minor.map((t) => t.label)).toEqual(['12月', '1月', '2月', '3月']);
    expect(ticks.minor[1].t).toBe(chinaMidnight(2022, 1, 1));
    expect(ticks.major.map((t) => t.label)).toEqual(['2021年', '2022年']);
  });

  test('day ticks carry the month above them, in English too', () => {
    const ticks = axisTicks(chinaMidnight(2022, 1, 25), chinaMidnight(2022, 2, 2), 400, 'en');
    expect(ticks.unit).toBe('day');
    expect(ticks.minor[0]).toEqual({ t: chinaMidnight(2022, 1, 25), label: '25' });
    expect(ticks.major.map((t) => t.label)).toEqual(['Jan 2022', 'Feb 2022']);
  });

  test('a whole-archive view has a single row of years', () => {
    const ticks = axisTicks(chinaMidnight(2012, 1, 1), chinaMidnight(2025, 1, 1), 1200, 'zh');
    expect(ticks.unit).toBe('year');
    expect(ticks.major).toEqual([]);
    expect(ticks.minor[0].label).toBe('2012年');
  });
});
