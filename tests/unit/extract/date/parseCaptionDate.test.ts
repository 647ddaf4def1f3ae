import { describe, expect, it } from 'vitest';
import { parseCaptionDate } from '../../../../scripts/extract/date/parseCaptionDate.ts';
import { normalizeText } from '../../../../scripts/extract/text/normalizeText.ts';
import {
  COARSE_CASES,
  DISTRACTOR_CASES,
  EXPLICIT_CASES,
  FAIL_CASES,
  HELD_OUT_CASES,
  PHOTO_SENTENCE_CASES,
  MESSY_CASES,
  OUTLET_CASES,
  NO_ARTICLE_CASES,
  RANGE_CASES,
  RELATIVE_CASES,
  YEAR_FROM_ARTICLE_CASES,
  type DateCase,
} from './captionDateCases.ts';

const TABLES: Record<string, DateCase[]> = {
  explicit: EXPLICIT_CASES,
  range: RANGE_CASES,
  coarse: COARSE_CASES,
  relative: RELATIVE_CASES,
  'year from article': YEAR_FROM_ARTICLE_CASES,
  distractors: DISTRACTOR_CASES,
  'no article date': NO_ARTICLE_CASES,
  messy: MESSY_CASES,
  outlets: OUTLET_CASES,
  'held-out outlets': HELD_OUT_CASES,
  'photo sentence after background': PHOTO_SENTENCE_CASES,
};

describe('parseCaptionDate', () => {
  for (const [name, cases] of Object.entries(TABLES)) {
    describe(name, () => {
      it.each(cases)('%s (article %s) → %s … %s, %s', (text, article, start, end, precision) => {
        const result = parseCaptionDate(text, article);
        expect(result.ok ? result.value : result).toMatchObject({ start, end, precision });
      });
    });
  }

  describe('refusals', () => {
    it.each(FAIL_CASES)('%s (article %s) → %s', (text, article, reason) => {
      const result = parseCaptionDate(text, article);
      expect(result.ok ? result.value : result.reason).toBe(reason);
      if (!result.ok) expect(result.message.length).toBeGreaterThan(0);
    });
  });

  it('quotes the date verbatim from the text it was given and locates it in the normalised text', () => {
    const raw = '↑ 江苏省张家港市永联村（２０２０ 年 ６ 月 １９ 日摄）。';
    const result = parseCaptionDate(raw, '2022-08-31');
    if (!result.ok) throw new Error(result.message);
    expect(result.value.written).toBe('２０２０ 年 ６ 月 １９ 日');
    const normalized = normalizeText(raw);
    expect(normalized.slice(result.value.index, result.value.index + result.value.length)).toBe('2020年6月19日');
  });

  it('gives the same answer for raw and already-normalised text', () => {
    for (const [text, article] of [...EXPLICIT_CASES, ...RANGE_CASES, ...RELATIVE_CASES]) {
      const raw = parseCaptionDate(text, article);
      const again = parseCaptionDate(normalizeText(text), article);
      expect(again.ok && again.value.start).toBe(raw.ok && raw.value.start);
      if (raw.ok && again.ok) {
        expect([again.value.index, again.value.length]).toEqual([raw.value.index, raw.value.length]);
      }
    }
  });

  it('names the rules that decided the date', () => {
    const rules = (text: string, article: string | null): string[] => {
      const result = parseCaptionDate(text, article);
      return result.ok ? result.value.rules : [result.reason];
    };
    expect(rules('↑2022 年 1 月 26 日，习近平在山西', '2022-02-03')).toEqual(['leading-date', 'explicit-ymd']);
    expect(rules('↑ 永联村（2020 年 6 月 19 日摄）', null)).toEqual(['shot-suffix', 'explicit-ymd']);
    expect(rules('12月30日，习近平在河北', '2013-01-05')).toEqual([
      'leading-date',
      'month-day',
      'year-from-article',
      'roll-back',
    ]);
    expect(rules('4月8日、9日，在海南', '2022-04-13')).toContain('list');
    expect(rules('5月12日，地震发生。图为5月14日，救援现场', '2024-05-15')[0]).toBe('photo-date');
    expect(rules('二〇一九年八月二十一日', null)).toContain('chinese-numerals');
    expect(rules('当地时间20日，抵达', '2022-02-03')).toEqual(
      expect.arrayContaining(['local-time', 'month-from-article', 'month-roll-back']),
    );
  });

  it('cuts out the whole range or qualified period, so the rest of the caption reads cleanly', () => {
    const written = (text: string, article: string | null): string => {
      const result = parseCaptionDate(text, article);
      return result.ok ? result.value.written : result.reason;
    };
    expect(written('2018年9月25日至28日，习近平在东北', null)).toBe('2018年9月25日至28日');
    expect(written('2019年春节，习近平在北京', null)).toBe('2019年春节');
    expect(written('2020年3月上旬，医疗队', null)).toBe('2020年3月上旬');
    expect(written('2019年初步建成的园区', null)).toBe('2019年');
    expect(written('2019年底，园区投入使用', null)).toBe('2019年底');
    expect(written('昨天，习近平在北京', '2021-01-01')).toBe('昨天');
    expect(written('当地时间20日，习近平', '2022-02-25')).toBe('当地时间20日');
    expect(written('↑ 当地时间 2019 年 6 月 5 日，习近平抵达', null)).toBe('当地时间 2019 年 6 月 5 日');
  });
});

describe('parseCaptionDate with the previous caption’s day', () => {
  it('reads 当天 / 同日 as that day instead of the article’s', () => {
    const result = parseCaptionDate('↑ 当天，成都东站迎来客流高峰。', '2013-01-27', { sameDayAs: '2013-01-26' });
    expect(result.ok && [result.value.start, result.value.rules]).toEqual([
      '2013-01-26',
      ['fallback', 'same-day-as-previous'],
    ]);
  });

  it('ignores it when the caption has its own date, or when it is not a day', () => {
    const own = parseCaptionDate('↑1 月 21 日，昆明市民在滇池边。', '2015-01-22', { sameDayAs: '2015-01-20' });
    expect(own.ok && own.value.start).toBe('2015-01-21');
    const month = parseCaptionDate('↑ 当天，成都东站。', '2013-01-27', { sameDayAs: '2013-01' });
    expect(month.ok && month.value.start).toBe('2013-01-27');
  });

  it('lets 当天 work without an article date', () => {
    const result = parseCaptionDate('当日，市民在公园晨练。', null, { sameDayAs: '2021-06-14' });
    expect(result.ok && result.value.start).toBe('2021-06-14');
  });
});
