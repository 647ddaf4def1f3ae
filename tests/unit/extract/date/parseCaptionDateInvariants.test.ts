import { describe, expect, it } from 'vitest';
import { parseCaptionDate } from '../../../../scripts/extract/date/parseCaptionDate.ts';
import { toEpochRange } from '../../../../scripts/extract/date/toEpochRange.ts';
import { normalizeText } from '../../../../scripts/extract/text/normalizeText.ts';

/** Fragments that look like parts of dates, glued together at random: the parser must stay well-behaved. */
const FRAGMENTS = [
  '2019',
  '二〇一九',
  '年',
  '月',
  '日',
  '号',
  '12',
  '1',
  '31',
  '30',
  '十二',
  '廿',
  '卅',
  '三',
  ' ',
  '　',
  '，',
  ',',
  '至',
  '到',
  '-',
  '—',
  '、',
  '和',
  '（',
  '）',
  '(',
  ')',
  '摄',
  '拍摄',
  '以来',
  '截至',
  '当地时间',
  '今年',
  '去年',
  '昨天',
  '当天',
  '周三',
  '星期',
  '上周',
  '本月',
  '春节',
  '上旬',
  '初',
  '底',
  '.',
  '/',
  '↑',
  '習近平',
  '臺灣',
  '在',
  '村',
  '２０',
  '１９',
  '０',
  '8',
  '25',
  '28',
];

/** A small deterministic generator (mulberry32), so a failure can be replayed. */
const random = (seed: number): (() => number) => {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
};

const PARTIAL = /^\d{4}(-\d{2}(-\d{2})?)?$/;

describe('parseCaptionDate invariants on random text', () => {
  it('never throws, and every answer is well formed', () => {
    const next = random(20221122);
    let dated = 0;
    for (let n = 0; n < 3000; n++) {
      const parts = Array.from(
        { length: 1 + Math.floor(next() * 12) },
        () => FRAGMENTS[Math.floor(next() * FRAGMENTS.length)],
      );
      const text = parts.join('');
      const article =
        next() < 0.2
          ? null
          : `20${10 + Math.floor(next() * 15)}-0${1 + Math.floor(next() * 9)}-1${Math.floor(next() * 9)}`;
      const result = parseCaptionDate(text, article);
      if (!result.ok) {
        expect(['no-date', 'year-unknown']).toContain(result.reason);
        continue;
      }
      dated++;
      const { start, end, precision, written, index, length } = result.value;
      expect(start).toMatch(PARTIAL);
      if (end !== null) expect(end).toMatch(PARTIAL);
      expect(precision).toBe(start.length === 10 ? 'day' : start.length === 7 ? 'month' : 'year');
      const normalized = normalizeText(text);
      expect(index).toBeGreaterThanOrEqual(0);
      expect(length).toBeGreaterThan(0);
      expect(index + length).toBeLessThanOrEqual(normalized.length);
      expect(text).toContain(written);
      const [t0, t1] = toEpochRange(result.value);
      expect(t1).toBeGreaterThan(t0);
    }
    expect(dated).toBeGreaterThan(100);
  });
});
