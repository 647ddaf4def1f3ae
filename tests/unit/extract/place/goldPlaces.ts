import { existsSync, readFileSync } from 'node:fs';
import { normalizeText } from '../../../../scripts/extract/text/normalizeText.ts';
import type { PlaceResolver } from '../../../../scripts/extract/place/resolvePlace.ts';

/** One labelled caption, as in ../shared/labels/seed-events.jsonl and tests/fixtures/captions/eval.jsonl. */
export interface GoldCaption {
  id: string;
  text: string;
  gold: {
    province: string | null;
    prefecture: string | null;
    county: string | null;
    foreign_place: string | null;
    is_event: boolean;
  };
}

export const readGold = (path: string): GoldCaption[] | null =>
  existsSync(path)
    ? readFileSync(path, 'utf8')
        .split('\n')
        .filter((line) => line.trim() !== '')
        .map((line) => JSON.parse(line) as GoldCaption)
    : null;

/** What the resolver makes of a labelled caption, in the labels' four fields. */
export function placeOf(resolve: PlaceResolver, caption: GoldCaption) {
  const result = resolve(normalizeText(caption.text));
  const place = result.ok ? result.value : null;
  return {
    province: place?.province?.name ?? null,
    prefecture: place?.prefecture?.name ?? null,
    county: place?.county?.name ?? null,
    foreign_place: place?.foreign ?? null,
  };
}

export interface PlaceScore {
  captions: number;
  provinceRight: number;
  provinceLabelled: number;
  countyRight: number;
  countyLabelled: number;
  /** A province given where the label has none. */
  wrongProvince: number;
  exact: number;
}

/** Province and county accuracy over event captions (non-events carry no place label by convention). */
export function scorePlaces(resolve: PlaceResolver, captions: readonly GoldCaption[]): PlaceScore {
  const score: PlaceScore = {
    captions: 0,
    provinceRight: 0,
    provinceLabelled: 0,
    countyRight: 0,
    countyLabelled: 0,
    wrongProvince: 0,
    exact: 0,
  };
  for (const caption of captions.filter((c) => c.gold.is_event)) {
    const got = placeOf(resolve, caption);
    const { gold } = caption;
    score.captions++;
    if (gold.province) {
      score.provinceLabelled++;
      if (got.province === gold.province) score.provinceRight++;
    } else if (got.province) score.wrongProvince++;
    if (gold.county) {
      score.countyLabelled++;
      if (got.county === gold.county) score.countyRight++;
    }
    const same =
      got.province === gold.province &&
      got.prefecture === gold.prefecture &&
      got.county === gold.county &&
      got.foreign_place === gold.foreign_place;
    if (same) score.exact++;
  }
  return score;
}
