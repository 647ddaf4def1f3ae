import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { fileStamp } from '../fileStamp.ts';
import { createForeignIndex, type ForeignIndex } from './foreignIndex.ts';

const requirePackage = createRequire(import.meta.url);
const foreignPath = fileURLToPath(new URL('../data/foreign-cities.json', import.meta.url));
const countryNamesSpecifier = 'i18n-iso-countries/langs/zh.json';
let foreignCache: ForeignIndex | undefined;

/** The stamps of the hand-kept file and of the package's Chinese names (see fileStamp). */
export const foreignNamesStamp = (): string =>
  [foreignPath, requirePackage.resolve(countryNamesSpecifier)].map(fileStamp).join('\n');

/**
 * Chinese country names from i18n-iso-countries plus the hand-kept aliases and cities, read on first call (not at
 * import: a place index restored from a snapshot never needs them); throws on a broken file.
 */
export function loadForeignNames(): ForeignIndex {
  if (!foreignCache) {
    const zh = requirePackage(countryNamesSpecifier) as {
      countries: Record<string, string | readonly string[]>;
    };
    const index = createForeignIndex(zh.countries, JSON.parse(readFileSync(foreignPath, 'utf8')));
    if (!index.ok) throw new Error(index.message);
    foreignCache = index.value;
  }
  return foreignCache;
}
