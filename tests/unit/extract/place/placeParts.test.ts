import { describe, expect, it } from 'vitest';
import { placeSchema } from '../../../../src/model/event.ts';
import { loadGazetteer } from '../../../../scripts/extract/gazetteerData.ts';
import { createPlaceIndex } from '../../../../scripts/extract/place/createPlaceIndex.ts';
import { extendLocal } from '../../../../scripts/extract/place/extendLocal.ts';
import { PRODUCT_AFTER, PRODUCT_FIRST_CHARS } from '../../../../scripts/extract/place/distractors.ts';
import { createForeignIndex } from '../../../../scripts/extract/place/foreignIndex.ts';
import { loadForeignNames } from '../../../../scripts/extract/place/loadForeignNames.ts';
import { loadSites } from '../../../../scripts/extract/place/loadSites.ts';
import { maskCredits } from '../../../../scripts/extract/place/maskCredits.ts';
import { createNameTrie } from '../../../../scripts/extract/place/nameTrie.ts';
import { resolvePlace, type PlaceContext } from '../../../../scripts/extract/place/resolvePlace.ts';
import { createSiteIndex } from '../../../../scripts/extract/place/siteIndex.ts';
import { toPlace } from '../../../../scripts/extract/place/toPlace.ts';
import { createTownshipIndex, createVillageIndex } from '../../../../scripts/extract/place/townshipIndex.ts';
import { createTestResolver, FIXTURE_TOWNSHIPS } from './placeTestResolver.ts';

describe('createNameTrie', () => {
  it('returns every stored name starting at a position, shortest first', () => {
    const trie = createNameTrie<string>();
    trie.add('湘西', 'alias');
    trie.add('湘西土家族苗族自治州', 'name');
    trie.add('湘西', 'again');
    const found = trie.matchesAt('在湘西土家族苗族自治州花垣县', 1);
    expect(found.map((m) => [m.length, [...m.values]])).toEqual([
      [2, ['alias', 'again']],
      [10, ['name']],
    ]);
    expect(trie.matchesAt('在湘西', 0)).toEqual([]);
    expect(trie.size).toBe(2);
  });
});

describe('maskCredits', () => {
  it('blanks credits and photo notes without moving any index', () => {
    const text = '村民在田间劳作（福州市委宣传部供图）。居民（2020年6月19日摄）新华社记者 李学仁 摄';
    const masked = maskCredits(text);
    expect(masked).toHaveLength(text.length);
    expect(masked).not.toContain('福州');
    expect(masked).not.toContain('摄');
    expect(masked.startsWith('村民在田间劳作')).toBe(true);
  });
});

describe('extendLocal', () => {
  it('takes the local units after a county, stopping before words that are not places', () => {
    const text = '霍州市师庄乡冯南垣村受灾村民师红兵家看望';
    expect(text.slice(3, extendLocal(text, 3))).toBe('师庄乡冯南垣村');
    const survey = '金阳街道金元社区考察社区开展便民服务';
    expect(survey.slice(0, extendLocal(survey, 0))).toBe('金阳街道金元社区');
  });
});

describe('data files', () => {
  const gazetteer = loadGazetteer();
  it('every site points at a division of the gazetteer and names its source', () => {
    const sites = loadSites();
    const index = createPlaceIndex(gazetteer, createTownshipIndex([]), sites, loadForeignNames());
    expect(index.problems).toEqual([]);
    for (const site of sites.rows) expect(site.source.length).toBeGreaterThan(10);
  });

  it('rejects a broken sites file with a clear reason', () => {
    const broken = createSiteIndex({
      sites: [{ name: '三坊七巷', aliases: [], code: '3501', zone: false, source: 'x' }],
    });
    expect(broken.ok).toBe(false);
    if (!broken.ok) expect(broken.reason).toBe('bad-sites-file');
  });

  it('reports a site whose code the gazetteer does not have', () => {
    const sites = createSiteIndex({ sites: [{ name: '某地', aliases: [], code: '999999', zone: false, source: 's' }] });
    if (!sites.ok) throw new Error(sites.message);
    const index = createPlaceIndex(gazetteer, createTownshipIndex([]), sites.value, loadForeignNames());
    expect(index.problems).toEqual(['sites.json: 某地 → 999999 is not in the gazetteer']);
  });

  it('foreign names leave out China and its regions, apply display names, and refuse unknown countries', () => {
    const names = loadForeignNames().names;
    const written = new Set(names.map((n) => n.name));
    for (const name of ['中国', '香港', '澳门', '中国台湾省', '中非']) expect(written.has(name)).toBe(false);
    expect(names.find((n) => n.name === '印尼')?.country).toBe('印度尼西亚');
    expect(names.find((n) => n.name === '莫斯科')).toEqual({ name: '莫斯科', country: '俄罗斯', city: '莫斯科' });
    const bad = createForeignIndex(
      { RU: '俄罗斯' },
      { notCountries: [], countryAliases: [], cities: [{ name: '某城', country: 'ZZ', source: 's' }] },
    );
    expect(bad.ok).toBe(false);
  });
});

describe('resolvePlace results', () => {
  const resolve = createTestResolver();
  const gazetteer = loadGazetteer();

  it('gives the span of the place phrase and the local text below the county', () => {
    const text = '2022年1月26日，习近平在山西临汾市霍州市师庄乡冯南垣村受灾村民师红兵家看望。';
    const result = resolve(text);
    if (!result.ok) throw new Error(result.message);
    const place = result.value;
    expect(text.slice(place.index, place.index + place.length)).toBe('山西临汾市霍州市师庄乡冯南垣村');
    expect(place.local).toBe('师庄乡冯南垣村');
    expect(place.county).toEqual({ code: '141082', name: '霍州市' });
    expect(place.rules).toContain('place:location-word');
    expect(place.rules).toContain('place:chain');
  });

  it('takes the point of the finest resolved division', () => {
    const result = resolve('习近平在古浪县考察。');
    if (!result.ok) throw new Error(result.message);
    const county = gazetteer.byCode('620622');
    expect(county?.point).not.toBeNull();
    expect(result.value.point).toEqual(county?.point);
    expect(result.value.pointLevel).toBe('county');
  });

  it('keeps the shared level and lists the candidates when a name stays ambiguous', () => {
    const result = resolve('习近平在河北新华区考察。');
    if (!result.ok) throw new Error(result.message);
    expect(result.value.province?.code).toBe('130000');
    expect(result.value.county).toBeNull();
    expect([...result.value.ambiguous].sort()).toEqual(['130105', '130902']);
    expect(result.value.rules).toContain('place:ambiguous-shared-level');
  });

  it('fails with ambiguous-place and names the candidates when nothing is shared', () => {
    const result = resolve('习近平在鼓楼区考察。');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reason).toBe('ambiguous-place');
    for (const code of ['320106', '320302', '350102', '410204']) expect(result.message).toContain(code);
  });

  it('uses former township names and says so', () => {
    const result = resolve('习近平在排碧乡考察。');
    if (!result.ok) throw new Error(result.message);
    expect(result.value.county?.code).toBe('433124');
    expect(result.value.local).toBe('排碧乡');
    expect(result.value.rules).toContain('place:former-township');
  });

  it('never gives a Chinese division for a place abroad', () => {
    const result = resolve('当地时间3月20日，习近平抵达莫斯科。');
    if (!result.ok) throw new Error(result.message);
    expect(result.value).toMatchObject({ province: null, prefecture: null, county: null, point: null });
    expect(result.value.foreign).toBe('俄罗斯莫斯科');
  });

  it('maps to the event schema', () => {
    for (const text of ['习近平在河北新华区考察。', '习近平在北京市前门东区考察。', '习近平抵达华盛顿。']) {
      const result = resolve(text);
      if (!result.ok) throw new Error(result.message);
      expect(() => placeSchema.parse(toPlace(result.value))).not.toThrow();
    }
    const ambiguous = resolve('习近平在河北新华区考察。');
    if (ambiguous.ok) expect(toPlace(ambiguous.value).ambiguous).toHaveLength(2);
    const plain = resolve('习近平在古浪县考察。');
    if (plain.ok) expect('ambiguous' in toPlace(plain.value)).toBe(false);
  });

  it('uses villages as the last tie-breaker between townships of the same name', () => {
    const ctx: PlaceContext = {
      gazetteer,
      townships: createTownshipIndex(FIXTURE_TOWNSHIPS),
      sites: loadSites(),
      villages: createVillageIndex([
        { code: '350102004001', name: '光禄坊社区' },
        { code: '140403001002', name: '南街社区' },
      ]),
    };
    const withVillage = resolvePlace('习近平在东街街道光禄坊社区考察。', ctx);
    if (!withVillage.ok) throw new Error(withVillage.message);
    expect(withVillage.value.county?.code).toBe('350102');
    expect(withVillage.value.rules).toContain('place:village');
    expect(withVillage.value.local).toBe('东街街道光禄坊社区');
    expect(resolvePlace('习近平在东街街道考察。', ctx).ok).toBe(false);
  });

  it('resolvePlace builds the index once per context and reuses it', () => {
    const ctx: PlaceContext = {
      gazetteer,
      townships: createTownshipIndex(FIXTURE_TOWNSHIPS),
      sites: loadSites(),
    };
    const first = resolvePlace('习近平在鲁甸县小寨镇考察。', ctx);
    const second = resolvePlace('习近平在小寨镇考察。', ctx);
    expect(first.ok && first.value.county?.name).toBe('鲁甸县');
    expect(second.ok).toBe(false);
  });
});

describe('PRODUCT_FIRST_CHARS', () => {
  it('holds the first character of every word PRODUCT_AFTER reads', () => {
    const words = PRODUCT_AFTER.source
      .replace(/^\^\(\?:/, '')
      .replace(/\)\(\?!.*$/, '')
      .replace(/\(\?![^)]*\)/g, '')
      .split('|');
    expect(words.length).toBeGreaterThan(20);
    for (const word of words) expect(PRODUCT_FIRST_CHARS, word).toContain(word[0]);
  });
});
