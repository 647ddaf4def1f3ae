import { describe, expect, test } from 'vitest';
import { findVillages, loadTownships, loadVillages } from '../../../scripts/extract/gazetteerData.ts';
import { villageName } from '../../../scripts/geodata/villages.ts';

describe('villages (prebuild only)', () => {
  test('committee names become place names', () => {
    expect(villageName('师庄村村委会')).toBe('师庄村');
    expect(villageName('周村村民委员会')).toBe('周村');
    expect(villageName('冯南垣村委会')).toBe('冯南垣村');
    expect(villageName('多福巷社区居委会')).toBe('多福巷社区');
    expect(villageName('东风居委会')).toBe('东风社区');
    expect(villageName('巴彦嘎查委员会')).toBe('巴彦嘎查');
    expect(villageName('某某农场生活区')).toBe('某某农场生活区');
    expect(villageName('开发区管理委员会')).toBe('开发区管理委员会');
  });

  test('holds all NBS 2023 villages, each under a known township', () => {
    const villages = loadVillages();
    expect(villages.length).toBe(620573);
    expect(villages.every((v) => /^\d{12}$/.test(v.code) && v.code.startsWith(v.township))).toBe(true);
    const towns = new Set(loadTownships().map((t) => t.code));
    expect(villages.filter((v) => !towns.has(v.township))).toEqual([]);
    expect(villages.filter((v) => /.(村委会|居委会|村民委员会|居民委员会)$/.test(v.name))).toEqual([]);
  });

  test('villages confirm places: 冯南垣村 → 霍州市, 草厂社区 → 东城区', () => {
    expect(findVillages('冯南垣村').map((v) => v.code)).toEqual(['141082202240']);
    expect(findVillages('草厂社区').map((v) => v.code.slice(0, 6))).toContain('110101');
    expect(findVillages('十八洞村').map((v) => v.code)).toEqual(['433124110226']);
    expect(findVillages('没有这个村')).toEqual([]);
  });
});
