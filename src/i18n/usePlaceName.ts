import type { DivisionRef } from '../model/event.ts';
import { gazetteer } from '../geo/geodata.ts';
import { useView } from '../state/store.ts';

type NameOf = (ref: DivisionRef) => string;

const chineseName: NameOf = (ref) => ref.name;
const englishName: NameOf = (ref) => gazetteer().byCode(ref.code)?.en || ref.name;

/**
 * How a division is named in the UI language: as the events spell it in Chinese, the gazetteer's romanised name in
 * English (the Chinese name for codes it does not know).
 */
export function usePlaceName(): NameOf {
  const lang = useView((s) => s.lang);
  return lang === 'en' ? englishName : chineseName;
}
