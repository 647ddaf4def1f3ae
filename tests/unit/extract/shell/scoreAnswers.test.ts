import { describe, expect, it } from 'vitest';
import type { CaptionAnswer } from '../../../../scripts/extract/answerCaptionLine.ts';
import { scoreAnswers, type GoldLine } from '../../../../scripts/evaluate/scoreAnswers.ts';

const gold = (id: string, province: string | null, is_event = true): GoldLine => ({
  id,
  text: '',
  date: is_event ? '2022-01-02' : null,
  date_end: null,
  province,
  prefecture: null,
  county: null,
  foreign_place: null,
  is_event,
});
const answer = (id: string, province: string | null, date: string | null = '2022-01-02'): CaptionAnswer => ({
  id,
  date,
  date_end: null,
  precision: 'day',
  province,
  prefecture: null,
  county: null,
  foreign_place: null,
  is_event: date !== null,
  reason: null,
});

describe('scoreAnswers', () => {
  it('scores each field over the gold events and counts wrong provinces', () => {
    const report = scoreAnswers(
      [gold('a', '山西省'), gold('b', null), gold('c', '湖南省'), gold('d', null, false), gold('e', '河北省')],
      [answer('a', '山西省'), answer('b', '北京市'), answer('c', '湖北省', '2022-01-03'), answer('d', null, null)],
    );
    expect(report).toMatchObject({ total: 5, answered: 4 });
    expect(report.scores.is_event).toEqual({ right: 4, of: 5 });
    expect(report.scores.date).toEqual({ right: 2, of: 4 });
    expect(report.scores.province).toEqual({ right: 1, of: 4 });
    expect(report.scores['wrong province where none']).toEqual({ right: 1, of: 1 });
    expect(report.scores['wrong province where one']).toEqual({ right: 1, of: 3 });
    expect(report.misses).toContain('c province: gold 湖南省, got 湖北省');
  });
});
