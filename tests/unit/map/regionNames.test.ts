import { describe, expect, test } from 'vitest';
import type { Division } from '../../../src/model/gazetteer.ts';
import { regionNames, shortName } from '../../../src/map/regionNames.ts';
import { mapStrings } from '../../../src/map/mapStrings.ts';

describe('region names', () => {
  test('short map labels drop the administrative suffix', () => {
    expect(shortName('湖南省', 'province')).toBe('湖南');
    expect(shortName('广西壮族自治区', 'province')).toBe('广西');
    expect(shortName('新疆维吾尔自治区', 'province')).toBe('新疆');
    expect(shortName('香港特别行政区', 'province')).toBe('香港');
    expect(shortName('北京市', 'province')).toBe('北京');
    expect(shortName('长沙市', 'prefecture')).toBe('长沙');
    expect(shortName('大兴安岭地区', 'prefecture')).toBe('大兴安岭');
    expect(shortName('湘西土家族苗族自治州', 'prefecture', ['湘西', '湘西州'])).toBe('湘西州');
    expect(shortName('朝阳区', 'county')).toBe('朝阳区');
  });

  test('English uses the gazetteer romanisation; a missing division falls back to the file name', () => {
    const hunan: Division = {
      code: '430000',
      name: '湖南省',
      level: 'province',
      parent: null,
      aliases: ['湖南'],
      point: null,
      pointSource: null,
      en: 'Hunan',
    };
    expect(regionNames(hunan, 'en', '湖南')).toEqual({ full: 'Hunan', short: 'Hunan' });
    expect(regionNames(hunan, 'zh', '湖南')).toEqual({ full: '湖南省', short: '湖南' });
    expect(regionNames(undefined, 'zh', '某地')).toEqual({ full: '某地', short: '某地' });
  });

  test('accessible names carry the count in both languages', () => {
    expect(mapStrings.zh.region('湖南省', 12)).toBe('湖南省，12 个事件');
    expect(mapStrings.en.region('Hunan', 12)).toBe('Hunan, 12 events');
    expect(mapStrings.en.region('Hunan', 1)).toBe('Hunan, 1 event');
    expect(mapStrings.en.region('Hunan', 12345)).toBe('Hunan, 12,345 events');
  });
});
