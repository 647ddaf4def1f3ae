import { describe, expect, it } from 'vitest';
import { toEpochRange } from '../../../../scripts/extract/date/toEpochRange.ts';

const HOUR = 3_600_000;

describe('toEpochRange', () => {
  it('covers one China day for a day date', () => {
    expect(toEpochRange({ start: '2022-01-26', end: null })).toEqual([
      Date.parse('2022-01-26T00:00:00+08:00'),
      Date.parse('2022-01-27T00:00:00+08:00') - 1,
    ]);
  });

  it('starts at 16:00 UTC the day before (UTC+8, no DST)', () => {
    const [t0, t1] = toEpochRange({ start: '2022-07-01', end: null });
    expect(new Date(t0).toISOString()).toBe('2022-06-30T16:00:00.000Z');
    expect(t1 - t0).toBe(24 * HOUR - 1);
  });

  it('covers a whole month, leap February included', () => {
    expect(toEpochRange({ start: '2020-02', end: null })).toEqual([
      Date.parse('2020-02-01T00:00:00+08:00'),
      Date.parse('2020-03-01T00:00:00+08:00') - 1,
    ]);
    expect(toEpochRange({ start: '2021-12', end: null })[1]).toBe(Date.parse('2022-01-01T00:00:00+08:00') - 1);
  });

  it('covers a whole year', () => {
    expect(toEpochRange({ start: '2019', end: null })).toEqual([
      Date.parse('2019-01-01T00:00:00+08:00'),
      Date.parse('2020-01-01T00:00:00+08:00') - 1,
    ]);
  });

  it('runs to the end of the last day, month or year of a range', () => {
    expect(toEpochRange({ start: '2018-09-25', end: '2018-09-28' })).toEqual([
      Date.parse('2018-09-25T00:00:00+08:00'),
      Date.parse('2018-09-29T00:00:00+08:00') - 1,
    ]);
    expect(toEpochRange({ start: '2019-07', end: '2019-08' })[1]).toBe(Date.parse('2019-09-01T00:00:00+08:00') - 1);
    expect(toEpochRange({ start: '2015', end: '2017' })[1]).toBe(Date.parse('2018-01-01T00:00:00+08:00') - 1);
    expect(toEpochRange({ start: '2019-12-30', end: '2020-01-02' })[1]).toBe(
      Date.parse('2020-01-03T00:00:00+08:00') - 1,
    );
  });
});
