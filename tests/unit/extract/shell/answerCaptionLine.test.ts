import { describe, expect, it } from 'vitest';
import { answerCaptionLine } from '../../../../scripts/extract/answerCaptionLine.ts';
import { fakeDeps } from '../fakeDeps.ts';

const answer = (line: unknown) =>
  answerCaptionLine(typeof line === 'string' ? line : JSON.stringify(line), 7, fakeDeps);

describe('answerCaptionLine', () => {
  it('answers a caption with date and official names', () => {
    expect(
      answer({ id: 1, text: '↑2022 年 1 月 26 日，张三在山西临汾市霍州市看望村民。', context_date: null }),
    ).toEqual({
      id: '1',
      date: '2022-01-26',
      date_end: null,
      precision: 'day',
      province: '山西省',
      prefecture: '临汾市',
      county: '霍州市',
      foreign_place: null,
      is_event: true,
      reason: null,
    });
  });

  it('gives the place but no date when the year cannot be known', () => {
    expect(answer({ id: 'a', text: '8 月 17 日，张三来到湖北省武汉市考察。', context_date: null })).toMatchObject({
      date: null,
      province: '湖北省',
      is_event: true,
      reason: 'year-unknown',
    });
  });

  it('gives an undated English caption its place too, read the English way', () => {
    expect(
      answer({
        id: 'e',
        text: "Visitors walk along the city wall in Xi'an, Shaanxi Province, May 2.",
        context_date: null,
      }),
    ).toMatchObject({ date: null, province: '陕西省', prefecture: '西安市', is_event: true, reason: 'year-unknown' });
  });

  it('keeps a caption that names a time vaguely as an undated event, and turns down a timeless one', () => {
    expect(answer({ id: 'v', text: '↑ 近日，游客在湖北省武汉市游览。', context_date: '2023-05-10' })).toMatchObject({
      date: null,
      province: '湖北省',
      is_event: true,
      reason: 'no-date',
    });
    expect(answer({ id: 't', text: '↑ 一位老人在家门口晒太阳。', context_date: '2023-05-10' })).toMatchObject({
      is_event: false,
      reason: 'no-date',
    });
  });

  it('says why a caption is not an event', () => {
    expect(answer({ id: 'b', text: '监制：某某', context_date: '2022-01-01' })).toMatchObject({
      is_event: false,
      reason: 'not-an-event',
    });
    expect(answer({ id: 'c', text: '村民在田间劳作。', context_date: '2022-01-01' })).toMatchObject({
      is_event: false,
      reason: 'no-date',
    });
  });

  it('answers a bad line with bad-input instead of failing', () => {
    expect(answer('{oops')).toMatchObject({ id: 'line-7', is_event: false, reason: 'bad-input' });
    expect(answer({ id: 'd', text: 42 })).toMatchObject({ id: 'd', reason: 'bad-input' });
    expect(answer([1, 2])).toMatchObject({ id: 'line-7', reason: 'bad-input' });
    expect(answer({ id: 'e', text: '2022年1月2日，张三在湖北省武汉市。' })).toMatchObject({ id: 'e', is_event: true });
  });
});
