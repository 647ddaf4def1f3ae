import { englishPlaceIndex } from '../../../../scripts/extract/english/englishPlaceIndex.ts';
import { resolveEnglishPlace } from '../../../../scripts/extract/english/resolveEnglishPlace.ts';

/** The real English place index (built once per test file from the committed data files). */
export const index = englishPlaceIndex();

/** [province, prefecture, county, foreign] names of a caption's place, or the failure reason. */
export const placeOf = (text: string): (string | null)[] | string => {
  const r = resolveEnglishPlace(text, index);
  if (!r.ok) return r.reason;
  return [
    r.value.province?.name ?? null,
    r.value.prefecture?.name ?? null,
    r.value.county?.name ?? null,
    r.value.foreign,
  ];
};
