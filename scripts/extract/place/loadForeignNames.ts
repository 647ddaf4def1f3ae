import zh from 'i18n-iso-countries/langs/zh.json' with { type: 'json' };
import foreignJson from '../data/foreign-cities.json' with { type: 'json' };
import { createForeignIndex, type ForeignIndex } from './foreignIndex.ts';

/** Chinese country names from i18n-iso-countries plus the hand-kept aliases and cities; throws on a broken file. */
export function loadForeignNames(): ForeignIndex {
  const index = createForeignIndex(zh.countries, foreignJson);
  if (!index.ok) throw new Error(index.message);
  return index.value;
}
