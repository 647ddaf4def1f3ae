import { describe, expect, test } from 'vitest';
import { formatContext, formatTick } from '../../../src/i18n/formatTick.ts';
import { formatEventDate } from '../../../src/i18n/formatEventDate.ts';
import { chinaMidnight } from '../../../src/data/chinaTime.ts';

const jan26 = chinaMidnight(2022, 1, 26);

describe('formatTick', () => {
  test('Chinese ticks: 2022年, 1月, 26日, 14:00', () => {
    expect(formatTick(jan26, 'year', 'zh')).toBe('2022年');
    expect(formatTick(jan26, 'month', 'zh')).toBe('1月');
    expect(formatTick(jan26, 'day', 'zh')).toBe('26日');
    expect(formatTick(jan26 + 14 * 3600_000, 'hour', 'zh')).toBe('14:00');
  });
  test('English ticks: 2022, Jan, 26, 14:00', () => {
    expect(formatTick(jan26, 'year', 'en')).toBe('2022');
    expect(formatTick(jan26, 'month', 'en')).toBe('Jan');
    expect(formatTick(jan26, 'day', 'en')).toBe('26');
    expect(formatTick(jan26 + 14 * 3600_000, 'hour', 'en')).toBe('14:00');
  });
  test('the coarser row names the whole unit: 2022年 / 2022年1月 / 1月26日', () => {
    expect(formatContext(jan26, 'year', 'zh')).toBe('2022年');
    expect(formatContext(jan26, 'month', 'zh')).toBe('2022年1月');
    expect(formatContext(jan26, 'day', 'zh')).toBe('1月26日');
    expect(formatContext(jan26, 'month', 'en')).toBe('Jan 2022');
    expect(formatContext(jan26, 'day', 'en')).toBe('Jan 26');
  });
  test('China time whatever the machine zone: China midnight is 16:00 UTC the day before', () => {
    expect(new Date(jan26).toISOString()).toBe('2022-01-25T16:00:00.000Z');
    expect(formatTick(jan26, 'day', 'zh')).toBe('26日');
  });
});

describe('formatEventDate', () => {
  test('at each precision and as a range, in both languages', () => {
    const end = chinaMidnight(2022, 1, 29) - 1;
    expect(formatEventDate(jan26, jan26 + 86_399_999, 'day', false, 'zh')).toBe('2022年1月26日');
    expect(formatEventDate(jan26, end, 'day', true, 'zh')).toBe('2022年1月26日 – 2022年1月28日');
    expect(formatEventDate(chinaMidnight(2022, 1, 1), 0, 'month', false, 'zh')).toBe('2022年1月');
    expect(formatEventDate(chinaMidnight(2022, 1, 1), 0, 'year', false, 'en')).toBe('2022');
    expect(formatEventDate(jan26, jan26, 'day', false, 'en')).toBe('Jan 26, 2022');
    expect(formatEventDate(chinaMidnight(2022, 1, 1), 0, 'month', false, 'en')).toBe('January 2022');
  });
});
