import { describe, expect, it } from 'vitest';
import { articleDayOf } from '../../../../scripts/extract/date/articleDay.ts';

describe('articleDayOf', () => {
  it('takes a bare date as written', () => {
    expect(articleDayOf('2022-02-03')).toEqual({ year: 2022, month: 2, day: 3 });
  });

  it('turns a timestamp into the China (UTC+8) calendar day', () => {
    expect(articleDayOf('2022-02-02T15:59:59Z')).toEqual({ year: 2022, month: 2, day: 2 });
    expect(articleDayOf('2022-02-02T16:00:00Z')).toEqual({ year: 2022, month: 2, day: 3 });
    expect(articleDayOf('Sun, 27 Jan 2013 01:02:44 GMT')).toEqual({ year: 2013, month: 1, day: 27 });
    expect(articleDayOf('2021-12-31T23:30:00+08:00')).toEqual({ year: 2021, month: 12, day: 31 });
  });

  it('counts a missing or unreadable date as none', () => {
    expect(articleDayOf(null)).toBeNull();
    expect(articleDayOf('')).toBeNull();
    expect(articleDayOf('not a date')).toBeNull();
  });
});
