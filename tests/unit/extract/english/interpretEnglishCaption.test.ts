import { describe, expect, it } from 'vitest';
import {
  englishCaptionPlace,
  interpretEnglishCaption,
  whatOfEnglish,
} from '../../../../scripts/extract/english/interpretEnglishCaption.ts';
import { interpretCaption } from '../../../../scripts/extract/interpretCaption.ts';
import { toEpochRange } from '../../../../scripts/extract/date/toEpochRange.ts';
import { fakeDeps } from '../fakeDeps.ts';

const deps = { toEpochRange };

describe('interpretEnglishCaption', () => {
  it('gives the same shape as a Chinese caption', () => {
    const r = interpretEnglishCaption(
      "Chinese President Xi Jinping visits a village in Mizhi County, Yulin City, northwest China's Shaanxi Province, Sept. 13, 2021. (Xinhua/Ju Peng)",
      '2021-09-15',
      deps,
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.date.start).toBe('2021-09-13');
    expect(r.value.where.county?.name).toBe('米脂县');
    expect(r.value.where.prefecture?.name).toBe('榆林市');
    expect(r.value.who).toEqual(['Xi Jinping']);
    expect(r.value.what).toBe('Chinese President Xi Jinping visits a village.');
    expect(r.value.t1 - r.value.t0).toBe(86_400_000 - 1);
    expect(r.value.rules[0]).toBe('english');
  });

  it('keeps the event with an empty place and a note when the place is not known', () => {
    const r = interpretEnglishCaption('Workers repair a road in Chaoyang District, Nov. 2, 2023.', '2023-11-03', deps);
    expect(r.ok && r.value.where.province).toBeNull();
    expect(r.ok && r.value.placeNote?.reason).toBe('ambiguous-place');
  });

  it('turns down credits, maps and undated captions with the Chinese reasons', () => {
    const reason = (text: string, article: string | null = '2024-01-01') => {
      const r = interpretEnglishCaption(text, article, deps);
      return r.ok ? 'event' : r.reason;
    };
    expect(reason('(Xinhua/Li Xin)')).toBe('not-an-event');
    expect(reason('A map shows the epicentre in Gansu Province.')).toBe('not-an-event');
    expect(reason('File photo shows the skyline of Shanghai.')).toBe('no-date');
    expect(reason('Tourists visit the Bund in Shanghai, Oct. 1.', null)).toBe('year-unknown');
  });

  it('is what interpretCaption gives for an English caption (the hook), whatever the Chinese deps', () => {
    const text = 'Tourists visit the Palace Museum in Beijing, capital of China, Oct. 1, 2024. (Xinhua/Li Xin)';
    const hooked = interpretCaption(text, '2024-10-02', { ...fakeDeps, toEpochRange });
    expect(hooked).toEqual(interpretEnglishCaption(text, '2024-10-02', deps));
    expect(hooked.ok && hooked.value.where.county?.name).toBe('东城区');
  });
});

describe('englishCaptionPlace', () => {
  it('reads the place of an undated caption', () => {
    expect(englishCaptionPlace('Tourists visit the Bund in Shanghai, Oct. 1.')?.county?.name).toBe('黄浦区');
    expect(englishCaptionPlace('(Xinhua/Li Xin)')).toBeNull();
  });
});

describe('whatOfEnglish', () => {
  it('cuts the date and the place and tidies the seams', () => {
    const text = "A farmer works in a field in Huozhou City, north China's Shanxi Province, Oct. 1, 2022.";
    const date = {
      start: '2022-10-01',
      end: null,
      precision: 'day' as const,
      written: 'Oct. 1, 2022',
      rules: [],
      index: text.indexOf('Oct.'),
      length: 12,
    };
    const place = {
      province: null,
      prefecture: null,
      county: null,
      local: null,
      foreign: null,
      point: null,
      pointLevel: null,
      ambiguous: [],
      rules: [],
      index: text.indexOf('Huozhou'),
      length: 43,
    };
    expect(whatOfEnglish(text, date, place)).toBe('A farmer works in a field.');
  });
});
