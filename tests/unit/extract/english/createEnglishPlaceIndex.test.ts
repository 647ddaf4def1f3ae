import { describe, expect, it } from 'vitest';
import {
  createEnglishPlaceIndex,
  foldName,
  type EnglishPlaceSources,
} from '../../../../scripts/extract/english/createEnglishPlaceIndex.ts';
import { loadEnglishNames } from '../../../../scripts/extract/english/loadEnglishNames.ts';
import { loadGazetteer } from '../../../../scripts/extract/gazetteerData.ts';
import { loadForeignNames } from '../../../../scripts/extract/place/loadForeignNames.ts';
import { loadSites } from '../../../../scripts/extract/place/loadSites.ts';
import { index } from './englishPlaces.ts';

describe('foldName', () => {
  it('folds case, apostrophes, hyphens and full stops', () => {
    expect(foldName("Xi'an")).toBe('xian');
    expect(foldName('Shangri-La')).toBe('shangri la');
    expect(foldName('St. Petersburg')).toBe('st petersburg');
    expect(foldName("Humble Administrator's Garden")).toBe('humble administrators garden');
  });
});

describe('createEnglishPlaceIndex', () => {
  it('holds the gazetteer romanised names, conventional names, sites, countries and cities', () => {
    const codes = (name: string) =>
      (index.names.get(foldName(name)) ?? []).map((entry) =>
        entry.kind === 'foreign' ? entry.country + (entry.city ?? '') : entry.code,
      );
    expect(codes('Huozhou')).toEqual(['141082']);
    expect(codes('Urumqi')).toEqual(['650100']);
    expect(codes('Amoy')).toEqual(['350200']);
    expect(codes('Potala Palace')).toEqual(['540102']);
    expect(codes('France')).toEqual(['法国']);
    expect(codes('Laos')).toEqual(['老挝']);
    expect(codes('Paris')).toEqual(['法国巴黎']);
    expect(codes('China')).toEqual([]);
    expect(codes('Congo')).toEqual([]);
    expect(index.longest).toBeGreaterThanOrEqual(6);
  });

  it('refuses a names file that points at a code, site or city the other files lack', () => {
    const sources = (names: EnglishPlaceSources['names']): EnglishPlaceSources => ({
      gazetteer: loadGazetteer(),
      names,
      sites: loadSites(),
      foreign: loadForeignNames(),
      countriesEn: { FR: 'France' },
      countriesZh: { FR: '法国' },
    });
    const empty = { divisions: [], sites: [], cities: [], countries: [] };
    expect(() =>
      createEnglishPlaceIndex(sources({ ...empty, divisions: [{ names: ['Nowhere'], code: '999999', source: 'x' }] })),
    ).toThrow(/no division 999999/);
    expect(() =>
      createEnglishPlaceIndex(sources({ ...empty, sites: [{ names: ['Nowhere Hall'], site: '无此地' }] })),
    ).toThrow(/no site/);
    expect(() =>
      createEnglishPlaceIndex(sources({ ...empty, cities: [{ names: ['Nowhere'], city: '无此城' }] })),
    ).toThrow(/no city/);
  });

  it('validates the committed names file', () => {
    const names = loadEnglishNames();
    expect(names.divisions.length).toBeGreaterThan(50);
    expect(names.sites.length).toBeGreaterThan(100);
    expect(names.cities.length).toBeGreaterThan(100);
  });
});
