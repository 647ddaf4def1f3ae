import type { Gazetteer } from '../../../src/model/gazetteer.ts';
import type { ForeignIndex } from '../place/foreignIndex.ts';
import type { SiteIndex } from '../place/siteIndex.ts';
import type { EnglishNames } from './loadEnglishNames.ts';

export type EnglishPlaceEntry =
  | { kind: 'division'; code: string }
  /** A famous site: the finest division it lies in (a development zone's code is coarser). */
  | { kind: 'site'; code: string }
  /** A place abroad: the country's Chinese name as the Chinese path shows it, and the city's when known. */
  | { kind: 'foreign'; country: string; city: string | null };

export interface EnglishPlaceIndex {
  readonly gazetteer: Gazetteer;
  /** By folded name (foldName): every place that name may stand for. */
  readonly names: ReadonlyMap<string, readonly EnglishPlaceEntry[]>;
  /** The most words any name has. */
  readonly longest: number;
}

/** `Xi'an` → `xian`, `Shangri-La` → `shangri la`, `St. Petersburg` → `st petersburg`: the form names are keyed by. */
export const foldName = (name: string): string =>
  name
    .split(/[^A-Za-z']+/)
    .map((word) => word.replace(/'/g, '').toLowerCase())
    .filter((word) => word !== '')
    .join(' ');

/** China itself and its parts that i18n-iso-countries lists as countries: never abroad. */
const NOT_ABROAD = new Set(['CN', 'HK', 'MO', 'TW']);

export interface EnglishPlaceSources {
  gazetteer: Gazetteer;
  names: EnglishNames;
  sites: SiteIndex;
  foreign: ForeignIndex;
  /** i18n-iso-countries' English and Chinese country names, by alpha-2. */
  countriesEn: Readonly<Record<string, string | readonly string[]>>;
  countriesZh: Readonly<Record<string, string | readonly string[]>>;
}

const listOf = (value: string | readonly string[] | undefined): readonly string[] =>
  value === undefined ? [] : typeof value === 'string' ? [value] : value;

/**
 * Every English name the English path knows, by folded form: the gazetteer's romanised names (霍州 → Huozhou), the
 * hand-kept conventional names (Urumqi, Tibet, Canton), sites by their English names (coded through sites.json),
 * countries by i18n-iso-countries' English names shown in Chinese as the Chinese path shows them, and cities
 * (through foreign-cities.json). Throws when the hand-kept file names a site, city or code the other files lack.
 */
export const createEnglishPlaceIndex = (sources: EnglishPlaceSources): EnglishPlaceIndex => {
  const names = new Map<string, EnglishPlaceEntry[]>();
  const conflicted = new Set<string>();
  let longest = 1;
  const add = (name: string, entry: EnglishPlaceEntry): void => {
    const key = foldName(name);
    if (key === '' || conflicted.has(key)) return;
    const list = names.get(key) ?? [];
    const same = (other: EnglishPlaceEntry): boolean =>
      other.kind === entry.kind &&
      (other.kind === 'foreign' && entry.kind === 'foreign'
        ? other.country === entry.country && other.city === entry.city
        : (other as { code: string }).code === (entry as { code: string }).code);
    if (list.some(same)) return;
    // A foreign name shared by two countries (Congo) names neither.
    if (entry.kind === 'foreign' && list.some((other) => other.kind === 'foreign')) {
      conflicted.add(key);
      names.set(
        key,
        list.filter((other) => other.kind !== 'foreign'),
      );
      return;
    }
    list.push(entry);
    names.set(key, list);
    longest = Math.max(longest, key.split(' ').length);
  };

  const { gazetteer } = sources;
  for (const division of gazetteer.divisions) {
    if (/^[A-Za-z']+$/.test(division.en)) add(division.en, { kind: 'division', code: division.code });
  }
  const problems: string[] = [];
  for (const row of sources.names.divisions) {
    if (!gazetteer.byCode(row.code)) problems.push(`no division ${row.code}`);
    for (const name of row.names) add(name, { kind: 'division', code: row.code });
  }
  const siteCode = new Map<string, string>();
  for (const site of sources.sites.rows) for (const name of [site.name, ...site.aliases]) siteCode.set(name, site.code);
  for (const row of sources.names.sites) {
    const code = siteCode.get(row.site);
    if (!code) problems.push(`no site ${row.site} in sites.json`);
    else for (const name of row.names) add(name, { kind: 'site', code });
  }

  // The Chinese name each country is shown with, as the Chinese path shows it (its display names included).
  const shownAs = new Map<string, string>();
  for (const entry of sources.foreign.names) if (entry.city === null) shownAs.set(entry.name, entry.country);
  const countryOf = (alpha2: string): string | undefined => {
    const written = listOf(sources.countriesZh[alpha2])[0];
    return written === undefined ? undefined : (shownAs.get(written) ?? written);
  };
  for (const [alpha2, english] of Object.entries(sources.countriesEn)) {
    const country = countryOf(alpha2);
    if (NOT_ABROAD.has(alpha2) || !country) continue;
    for (const name of listOf(english)) if (!name.includes(',')) add(name, { kind: 'foreign', country, city: null });
  }
  for (const row of sources.names.countries) {
    const country = countryOf(row.country);
    if (!country) problems.push(`no country ${row.country}`);
    else for (const name of row.names) add(name, { kind: 'foreign', country, city: null });
  }
  const cityCountry = new Map<string, string>();
  for (const entry of sources.foreign.names) if (entry.city !== null) cityCountry.set(entry.city, entry.country);
  for (const row of sources.names.cities) {
    const country = cityCountry.get(row.city);
    if (!country) problems.push(`no city ${row.city} in foreign-cities.json`);
    else for (const name of row.names) add(name, { kind: 'foreign', country, city: row.city });
  }
  if (problems.length > 0) throw new Error(`english-names.json: ${problems.join('; ')}`);
  return { gazetteer, names, longest };
};
