import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { geoArea, geoBounds, geoContains } from 'd3';
import { describe, expect, test } from 'vitest';
import { loadGazetteer } from '../../../scripts/extract/gazetteerData.ts';
import { loadNanhai, loadNeighbours, loadPrefectures, loadProvinces } from '../../../src/geo/geodata.ts';

const gazetteer = loadGazetteer();
const dataFile = (name: string) => new URL(`../../../src/geo/data/${name}`, import.meta.url);
const gzipKb = (name: string) => gzipSync(readFileSync(dataFile(name)), { level: 9 }).length / 1024;

const layers = {
  provinces: await loadProvinces(),
  prefectures: await loadPrefectures(),
  nanhai: await loadNanhai(),
  neighbours: await loadNeighbours(),
};

describe('boundary layers (generated, after simplification)', () => {
  test.each(Object.entries(layers))('%s: no feature is inside out (d3.geoArea > 2π)', (_name, layer) => {
    expect(layer.features.length).toBeGreaterThan(0);
    expect(layer.features.filter((f) => geoArea(f) > 2 * Math.PI).map((f) => f.id)).toEqual([]);
  });

  test('provinces: the 34 province-level adcodes, each with its name', () => {
    const provinces = gazetteer.divisions.filter((d) => d.level === 'province');
    expect(layers.provinces.features.map((f) => f.id).sort()).toEqual(provinces.map((p) => p.code).sort());
    for (const f of layers.provinces.features) expect(f.properties.name).toBe(gazetteer.byCode(String(f.id))?.name);
  });

  test('Tiananmen lies in 北京市 only', () => {
    const hits = layers.provinces.features.filter((f) => geoContains(f, [116.397, 39.908]));
    expect(hits.map((f) => f.id)).toEqual(['110000']);
  });

  test('prefectures: current codes only, no hole for province-administered units or municipalities', () => {
    const ids = new Set(layers.prefectures.features.map((f) => String(f.id)));
    expect([...ids].filter((id) => !gazetteer.byCode(id))).toEqual([]);
    for (const code of ['429004', '429005', '429006', '429021', '419001', '469001', '659001', '370100']) {
      expect(ids.has(code), code).toBe(true);
    }
    // Old-vintage ids are mapped to today's units: 莱芜市 (371200) is part of 济南市, 那曲地区 is 那曲市.
    expect(ids.has('371200')).toBe(false);
    expect(ids.has('540600')).toBe(true);
    for (const municipality of ['110000', '120000', '310000', '500000']) {
      expect(ids.has(municipality)).toBe(false);
      const districts = gazetteer.children(municipality).map((d) => d.code);
      expect(districts.filter((code) => !ids.has(code))).toEqual([]);
    }
    // Every prefecture-level unit is drawn (可克达拉 and 昆玉 from the county source), except 三沙 (the nanhai layer)
    // and the 兵团 cities created since 2019.
    const units = gazetteer.divisions.filter(
      (d) =>
        d.level === 'prefecture' || (d.level === 'county' && gazetteer.byCode(d.parent ?? '')?.level === 'province'),
    );
    const undrawn = units.filter((d) => !ids.has(d.code)).map((d) => d.name);
    expect(undrawn.sort()).toEqual(['三沙市', '新星市', '白杨市', '胡杨河市'].sort());
  });

  test('prefectures: no holes — a grid over the provinces is covered by prefecture-level units', () => {
    const withBounds = (layer: typeof layers.provinces) => layer.features.map((f) => ({ f, b: geoBounds(f) }));
    const hit = (list: ReturnType<typeof withBounds>, p: [number, number]) =>
      list.some(
        ({ f, b }) => p[0] >= b[0][0] && p[0] <= b[1][0] && p[1] >= b[0][1] && p[1] <= b[1][1] && geoContains(f, p),
      );
    const provinces = withBounds(layers.provinces);
    const prefectures = withBounds(layers.prefectures);
    let inside = 0;
    let uncovered = 0;
    for (let lon = 74; lon <= 135; lon += 0.5) {
      for (let lat = 18; lat <= 53.5; lat += 0.5) {
        if (!hit(provinces, [lon, lat])) continue;
        inside += 1;
        if (!hit(prefectures, [lon, lat])) uncovered += 1;
      }
    }
    // The two layers come from different files and are simplified apart: only slivers along borders may differ.
    expect(inside).toBeGreaterThan(3500);
    expect(uncovered / inside).toBeLessThan(0.005);
  });

  test('prefectures: county seats fall inside their own prefecture-level unit', () => {
    const byId = new Map(layers.prefectures.features.map((f) => [String(f.id), f]));
    const seated = gazetteer.divisions.filter((d) => d.level === 'county' && d.pointSource === 'seat' && d.point);
    const outside = seated.filter((d) => {
      const unit = gazetteer.byCode(d.parent ?? '')?.level === 'province' ? d.code : (d.parent ?? '');
      const f = byId.get(unit);
      return !f || !geoContains(f, d.point as [number, number]);
    });
    // Counties moved since the source was drawn are re-assigned from the county source (公主岭 → 长春 2020,
    // 简阳 → 成都 2016, 寿县 → 淮南, 枞阳 → 铜陵); the few misses are seats on a border river or on small islands.
    for (const code of ['220184', '510185', '340422', '340722']) expect(outside.map((d) => d.code)).not.toContain(code);
    expect(outside.length / seated.length).toBeLessThan(0.006);
  });

  test('nanhai: 三沙市 islands as one feature, reaching the Spratlys', () => {
    expect(layers.nanhai.features.map((f) => f.id)).toEqual(['460300']);
    const bounds =
      JSON.stringify(layers.nanhai.features[0].geometry)
        .match(/-?\d+\.\d+/g)
        ?.map(Number) ?? [];
    const latitudes = bounds.filter((_, i) => i % 2 === 1);
    expect(Math.min(...latitudes)).toBeLessThan(6);
  });

  test('neighbours: countries around China, without China, Taiwan, Hong Kong or Macao', () => {
    const ids = layers.neighbours.features.map((f) => String(f.id));
    for (const code of ['156', '158', '344', '446']) expect(ids).not.toContain(code);
    for (const code of ['704', '356', '496', '643', '410', '392']) expect(ids).toContain(code);
    expect(layers.neighbours.features.every((f) => f.properties.name.length > 0)).toBe(true);
  });

  test('gzip budgets', () => {
    expect(gzipKb('provinces.topo.json')).toBeLessThanOrEqual(15);
    expect(gzipKb('prefectures.topo.json')).toBeLessThanOrEqual(100);
    // The browser bundles its own copy; the prebuild's full gazetteer.json (aliases, exact points) is never bundled.
    expect(gzipKb('gazetteer.browser.json')).toBeLessThanOrEqual(60);
  });
});

describe('division points', () => {
  const mainlandCounties = gazetteer.divisions.filter((d) => d.level === 'county');
  const missing = JSON.parse(readFileSync(dataFile('missing-county-points.json'), 'utf8')) as { code: string }[];

  test('at least 98 % of mainland county-level units have a seat point; the rest are listed', () => {
    const own = mainlandCounties.filter((d) => d.pointSource === 'seat' || d.pointSource === 'centroid');
    expect(own.length / mainlandCounties.length).toBeGreaterThanOrEqual(0.98);
    const fallback = mainlandCounties.filter((d) => d.pointSource === 'parent').map((d) => d.code);
    expect(missing.map((m) => m.code).sort()).toEqual(fallback.sort());
  });

  test('every division has a point, inside China', () => {
    for (const d of gazetteer.divisions) {
      expect(d.point, d.name).not.toBeNull();
      const [lon, lat] = d.point as [number, number];
      expect(lon).toBeGreaterThan(73);
      expect(lon).toBeLessThan(136);
      expect(lat).toBeGreaterThan(3);
      expect(lat).toBeLessThan(54);
    }
  });

  test('seat points of the sample places are where they should be', () => {
    const near = (code: string, lon: number, lat: number) => {
      const [x, y] = gazetteer.byCode(code)?.point ?? [0, 0];
      expect(Math.hypot(x - lon, y - lat), code).toBeLessThan(0.1);
    };
    near('141082', 111.755, 36.569); // 霍州市
    near('110101', 116.419, 39.918); // 东城区
    near('320582', 120.556, 31.876); // 张家港市
  });

  test('English names: pinyin stems and the conventional province names', () => {
    expect(gazetteer.byCode('141082')?.en).toBe('Huozhou');
    expect(gazetteer.byCode('140000')?.en).toBe('Shanxi');
    expect(gazetteer.byCode('610000')?.en).toBe('Shaanxi');
    expect(gazetteer.byCode('150000')?.en).toBe('Inner Mongolia');
    expect(gazetteer.byCode('810000')?.en).toBe('Hong Kong');
    expect(gazetteer.byCode('610100')?.en).toBe("Xi'an");
    // The names English uses where they are not the pinyin, and readings the converter got wrong.
    expect(gazetteer.byCode('650100')?.en).toBe('Urumqi');
    expect(gazetteer.byCode('533401')?.en).toBe('Shangri-La');
    expect(gazetteer.byCode('150521')?.en).toBe('Horqin Left Middle');
    expect(gazetteer.byCode('310112')?.en).toBe('Minhang');
    expect(gazetteer.byCode('522701')?.en).toBe('Duyun');
    expect(gazetteer.divisions.every((d) => /^[A-Z][A-Za-zü' ()-]+$/.test(d.en))).toBe(true);
  });
});
