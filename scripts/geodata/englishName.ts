import { requireSource } from './sourcePackages.ts';

interface PinyinPro {
  pinyin(text: string, options: { toneType: 'none'; type: 'array' }): string[];
  customPinyin(config: Record<string, string>): void;
}
const { pinyin, customPinyin } = requireSource('pinyin-pro') as PinyinPro;
// 都 is always dū in a place name (成都, 花都, 都匀, 昌都); the converter read it dōu in two dozen of them.
customPinyin({ 都: 'dū' });

/** 霍州 → "Huozhou", 西安 → "Xi'an" (apostrophe before a vowel-initial syllable, as in standard pinyin spelling). */
export function romanise(stem: string): string {
  const syllables = pinyin(stem, { toneType: 'none', type: 'array' });
  const joined = syllables.map((s, i) => (i > 0 && /^[aeo]/.test(s) ? `'${s}` : s)).join('');
  return joined.charAt(0).toUpperCase() + joined.slice(1);
}
