import { useEffect, useState } from 'react';
import type { DivisionRef } from '../model/event.ts';
import { useView } from '../state/store.ts';

type NameOf = (ref: DivisionRef) => string;

const chineseName: NameOf = (ref) => ref.name;
let englishName: NameOf | null = null;

/**
 * How a division is named in the UI language: as the events spell it in Chinese, the gazetteer's romanised name in
 * English (loaded the first time English is chosen; the Chinese name until then and for codes it does not know).
 */
export function usePlaceName(): NameOf {
  const lang = useView((s) => s.lang);
  const [, setLoaded] = useState(englishName !== null);
  useEffect(() => {
    if (lang !== 'en' || englishName) return;
    let live = true;
    void import('../geo/geodata.ts').then((geo) => {
      const gazetteer = geo.gazetteer();
      englishName = (ref) => gazetteer.byCode(ref.code)?.en || ref.name;
      if (live) setLoaded(true);
    });
    return () => {
      live = false;
    };
  }, [lang]);
  return lang === 'en' && englishName ? englishName : chineseName;
}
