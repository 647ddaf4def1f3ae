import { anchorOf, isWithin, type PlaceCandidate } from './placeCandidate.ts';

export interface Choice {
  /** The readings left; more than one means the text does not decide. */
  candidates: PlaceCandidate[];
  rules: string[];
}

/**
 * Narrow the readings the context left, by rules that never guess between peers:
 * 1. keep the best kind of reading (full name > site > foreign > short name > township > village);
 * 2. a name that stands on its own beats a bare county stem (西安: 西安市, not 辽源's 西安区);
 * 3. when one reading contains all the others, keep it (吉林: the province over 吉林市; 辽宁朝阳: 朝阳市 over 朝阳县);
 * 4. a province name alone means the province (海南: 海南省, not 海南藏族自治州).
 * Whatever is left over is reported as ambiguous by the caller.
 */
export function chooseCandidates(candidates: readonly PlaceCandidate[]): Choice {
  const rules: string[] = [];
  let left = [...candidates];
  if (left.length <= 1) return { candidates: left, rules };

  const bestRank = Math.min(...left.map((c) => c.rank));
  const ranked = left.filter((c) => c.rank === bestRank);
  if (ranked.length < left.length) {
    left = ranked;
    rules.push('place:prefer-full-name');
  }
  if (left.length <= 1) return { candidates: left, rules };

  const strong = left.filter((c) => c.strong);
  if (strong.length > 0 && strong.length < left.length) {
    left = strong;
    rules.push('place:prefer-strong-name');
  }
  if (left.length <= 1) return { candidates: left, rules };

  const container = left.find((outer) => left.every((c) => c === outer || isWithin(c, outer)));
  if (container) return { candidates: [container], rules: [...rules, 'place:prefer-containing-unit'] };

  const provinces = left.filter((c) => c.entry.kind === 'division' && c.entry.level === 'province');
  if (provinces.length === 1) return { candidates: provinces, rules: [...rules, 'place:prefer-province'] };

  // Several readings pinned to the same division (two sites in one county) are not an ambiguity of place.
  const anchors = new Set(left.map(anchorOf));
  if (anchors.size === 1) return { candidates: [left[0]], rules };
  return { candidates: left, rules };
}
