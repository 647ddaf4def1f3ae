import { createRequire } from 'node:module';
import { loadGazetteer } from '../gazetteerData.ts';
import { loadForeignNames } from '../place/loadForeignNames.ts';
import { loadSites } from '../place/loadSites.ts';
import { createEnglishPlaceIndex, type EnglishPlaceIndex } from './createEnglishPlaceIndex.ts';
import { loadEnglishNames } from './loadEnglishNames.ts';

const requirePackage = createRequire(import.meta.url);
type CountryNames = { countries: Record<string, string | string[]> };

let cached: EnglishPlaceIndex | undefined;

/**
 * The English place index, built the first time an English caption needs it (a few milliseconds over the already
 * loaded gazetteer): the prebuild's workers, which read Chinese captions, never pay for it.
 */
export const englishPlaceIndex = (): EnglishPlaceIndex => {
  cached ??= createEnglishPlaceIndex({
    gazetteer: loadGazetteer(),
    names: loadEnglishNames(),
    sites: loadSites(),
    foreign: loadForeignNames(),
    countriesEn: (requirePackage('i18n-iso-countries/langs/en.json') as CountryNames).countries,
    countriesZh: (requirePackage('i18n-iso-countries/langs/zh.json') as CountryNames).countries,
  });
  return cached;
};
