import { describe, expect, it } from 'vitest';
import { chineseCount, chineseYear } from '../../../../scripts/extract/date/chineseNumber.ts';

describe('chineseYear', () => {
  it.each([
    ['二〇一九', 2019],
    ['二零一九', 2019],
    ['二○一九', 2019],
    ['一九四九', 1949],
    ['二〇三五', 2035],
  ])('%s → %i', (text, value) => expect(chineseYear(text)).toBe(value));

  it.each(['二〇一', '二〇一九〇', '二十一九', '两〇一九', ''])('%s is not a year', (text) =>
    expect(chineseYear(text)).toBeNull(),
  );
});

describe('chineseCount', () => {
  it.each([
    ['一', 1],
    ['九', 9],
    ['十', 10],
    ['十一', 11],
    ['十二', 12],
    ['二十', 20],
    ['二十一', 21],
    ['三十', 30],
    ['三十一', 31],
    ['廿', 20],
    ['廿一', 21],
    ['卅', 30],
    ['卅一', 31],
  ])('%s → %i', (text, value) => expect(chineseCount(text)).toBe(value));

  it.each(['', '二一', '十十', '一十二三', '〇'])('%s is not a count', (text) => expect(chineseCount(text)).toBeNull());
});
