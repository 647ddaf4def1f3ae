import { describe, expect, test } from 'vitest';
import {
  countyAliases,
  nameStem,
  prefectureAliases,
  provinceAliases,
  stripEthnicTail,
} from '../../../scripts/geodata/divisionNames.ts';

describe('division short names', () => {
  test('provinces drop 省/市/自治区/特别行政区 and the nationality', () => {
    expect(provinceAliases('山西省')).toEqual(['山西']);
    expect(provinceAliases('北京市')).toEqual(['北京']);
    expect(provinceAliases('内蒙古自治区')).toEqual(['内蒙古']);
    expect(provinceAliases('广西壮族自治区')).toEqual(['广西']);
    expect(provinceAliases('新疆维吾尔自治区')).toEqual(['新疆']);
    expect(provinceAliases('宁夏回族自治区')).toEqual(['宁夏']);
    expect(provinceAliases('香港特别行政区')).toEqual(['香港']);
  });

  test('prefectures: 市/地区/盟, and X州 + X for autonomous prefectures', () => {
    expect(prefectureAliases('临汾市')).toEqual(['临汾']);
    expect(prefectureAliases('大兴安岭地区')).toEqual(['大兴安岭']);
    expect(prefectureAliases('锡林郭勒盟')).toEqual(['锡林郭勒']);
    expect(prefectureAliases('湘西土家族苗族自治州')).toEqual(['湘西州', '湘西']);
    expect(prefectureAliases('延边朝鲜族自治州')).toEqual(['延边州', '延边']);
    expect(prefectureAliases('阿坝藏族羌族自治州')).toEqual(['阿坝州', '阿坝']);
    expect(prefectureAliases('伊犁哈萨克自治州')).toEqual(['伊犁州', '伊犁']);
  });

  test('counties: stems of at least two characters only', () => {
    expect(countyAliases('霍州市')).toEqual(['霍州']);
    expect(countyAliases('朝阳区')).toEqual(['朝阳']);
    expect(countyAliases('朝阳县')).toEqual(['朝阳']);
    expect(countyAliases('和县')).toEqual([]);
    expect(countyAliases('城区')).toEqual([]);
    expect(countyAliases('北川羌族自治县')).toEqual(['北川县', '北川']);
    expect(countyAliases('石柱土家族自治县')).toEqual(['石柱县', '石柱']);
    expect(countyAliases('双江拉祜族佤族布朗族傣族自治县')).toEqual(['双江县', '双江']);
    expect(countyAliases('鄂温克族自治旗')).toEqual(['鄂温克旗', '鄂温克']);
    expect(countyAliases('神农架林区')).toEqual(['神农架']);
    expect(countyAliases('六枝特区')).toEqual(['六枝']);
  });

  test('nationality tails and stems', () => {
    expect(stripEthnicTail('积石山保安族东乡族撒拉族')).toBe('积石山');
    expect(stripEthnicTail('木垒哈萨克')).toBe('木垒');
    expect(stripEthnicTail('鄂伦春')).toBe('鄂伦春');
    expect(nameStem('湘西土家族苗族自治州', 'prefecture')).toBe('湘西');
    expect(nameStem('和县', 'county')).toBe('和县');
  });
});
