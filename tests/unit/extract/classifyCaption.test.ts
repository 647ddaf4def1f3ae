import { describe, expect, it } from 'vitest';
import { classifyCaption, classifyDatedCaption, namesVagueTime } from '../../../scripts/extract/classifyCaption.ts';

const isEvent = (text: string) => classifyCaption(text).ok;

describe('classifyCaption', () => {
  it('lets captions of events through', () => {
    expect(isEvent('2022年1月26日，张三在山西临汾市霍州市看望村民。')).toBe(true);
    expect(isEvent('福建省福州市某社区创新社区治理服务（2022年6月9日摄）。')).toBe(true);
    expect(isEvent('2022年3月1日，张三在北京市察看地图册的编制情况。')).toBe(true);
  });

  it('turns down credit lines and a lone photo credit', () => {
    expect(isEvent('监制：孙某 邹某')).toBe(false);
    expect(isEvent('摄影：鞠某 李某')).toBe(false);
    expect(isEvent('总监制丨钱某')).toBe(false);
    expect(isEvent('（新华社记者李学仁摄）')).toBe(false);
    expect(isEvent('新华社发')).toBe(false);
  });

  it('turns down clippings, screenshots, maps and charts', () => {
    expect(isEvent('报纸版面')).toBe(false);
    expect(isEvent('视频截图')).toBe(false);
    expect(isEvent('示意图：某地交通线路')).toBe(false);
    expect(isEvent('某省旅游地图')).toBe(false);
    expect(isEvent('2021年各地粮食产量（图表）')).toBe(false);
    expect(isEvent('新华社发（张某 制图）')).toBe(false);
  });

  it('gives a message with the reason', () => {
    expect(classifyCaption('监制：某某')).toMatchObject({ ok: false, reason: 'not-an-event', message: /credit/ });
    expect(classifyCaption('  ')).toMatchObject({ ok: false, reason: 'not-an-event' });
  });
});

describe('classifyDatedCaption', () => {
  const verdict = (text: string, written: string) => classifyDatedCaption(text, text.indexOf(written), written.length);

  it('turns down running totals and ongoing periods', () => {
    expect(verdict('截至12月2日，中国已提供疫苗。', '12月2日').ok).toBe(false);
    expect(verdict('6月1日起，某单位开设栏目。', '6月1日').ok).toBe(false);
    expect(verdict('2013年以来两国元首会晤三十七次。', '2013年').ok).toBe(false);
    expect(verdict('1月1日零时起，新版地铁线网图启用。', '1月1日').ok).toBe(false);
    expect(verdict('3月1日上午9时起，景区恢复开放。', '3月1日').ok).toBe(false);
    expect(verdict('5月1日18:00起，步行街实行交通管制。', '5月1日').ok).toBe(false);
  });

  it('keeps a date that says when something happened', () => {
    expect(verdict('12月15日，张三同李四举行视频会晤。', '12月15日').ok).toBe(true);
    expect(verdict('10月1日上午，群众在广场观看升旗仪式。', '10月1日').ok).toBe(true);
    expect(verdict('5月3日17时27分，探测器发射升空。', '5月3日').ok).toBe(true);
    expect(verdict('某社区居民在议事（2020年6月19日摄）。', '2020年6月19日').ok).toBe(true);
  });
});

describe('namesVagueTime', () => {
  it('finds a time named without a calendar date', () => {
    expect(namesVagueTime('近日，游客在景区游览。')).toBe(true);
    expect(namesVagueTime('正月十五当晚，市民赏灯。')).toBe(true);
    expect(namesVagueTime('农历七月初七，青年在古镇参加七夕活动。')).toBe(true);
    expect(namesVagueTime('重阳节，志愿者陪老人登高。')).toBe(true);
    expect(namesVagueTime('冬至这天，居民在社区包饺子。')).toBe(true);
    expect(namesVagueTime('秋分时节，农民在田里收割水稻。')).toBe(true);
    expect(namesVagueTime('元旦前夕，商场里的顾客在选购年货。')).toBe(true);
  });

  it('does not take the time words of a running total for the time of an event', () => {
    expect(namesVagueTime('截至今年9月底，全省累计建成5G基站10万个。图为一座基站。')).toBe(false);
    expect(namesVagueTime('截止到去年年底，当地森林覆盖率达到六成。')).toBe(false);
    expect(namesVagueTime('截至上月底，客流已恢复。近日，旅客在车站候车。')).toBe(true);
  });

  it('finds none in a timeless description', () => {
    expect(namesVagueTime('一位老人在家门口晒太阳。')).toBe(false);
  });
});
