import { describe, expect, it } from 'vitest';
import { MONTH_PATTERN, monthOf, weekdayOf } from '../../../../scripts/extract/english/calendarWords.ts';

describe('calendarWords', () => {
  it('reads months as agencies write them', () => {
    expect(monthOf('Jan.')).toBe(1);
    expect(monthOf('Sept.')).toBe(9);
    expect(monthOf('Sep')).toBe(9);
    expect(monthOf('October')).toBe(10);
    expect(monthOf('May')).toBe(5);
    expect(monthOf('Mayor')).toBeNull();
  });

  it('reads weekdays (0 = Sunday)', () => {
    expect(weekdayOf('Sunday')).toBe(0);
    expect(weekdayOf('Tuesday')).toBe(2);
    expect(weekdayOf('Tues')).toBeNull();
  });

  it('builds a pattern that prefers the longest form', () => {
    expect(new RegExp(`^${MONTH_PATTERN}`).exec('September 5')?.[0]).toBe('September');
    expect(new RegExp(`^${MONTH_PATTERN}`).exec('Sept. 5')?.[0]).toBe('Sept.');
  });
});
