import type { Division } from '../../../src/model/gazetteer.ts';
import type { PlaceEntry } from './placeEntry.ts';

/**
 * One reading of a name found in the text, ready for chain checks. Built once per entry when the index is built,
 * so the per-caption work is comparisons only.
 */
export interface PlaceCandidate {
  entry: Exclude<PlaceEntry, { kind: 'blocker' }>;
  /** Identity for de-duplication (division code, township code, site name, country/city). */
  key: string;
  /** Divisions from the province down to the finest division this reading pins; empty abroad. */
  divisions: readonly Division[];
  /** Their codes, for quick containment checks. */
  chain: readonly string[];
  /**
   * How fine the reading is, in half levels: province 0, prefecture 2, county 4; a township or site sits half a level
   * (1) below the division it pins, a village below its township. Abroad: country 0, a state or province 1, city 2.
   * Only compared. Whole numbers: a field that held small integers and then a fraction changes its object shape in
   * V8, which threw away the code compiled for the first shape.
   */
  depth: number;
  /** True when the name alone is enough to start a location phrase; weak readings need a location word first. */
  strong: boolean;
  /** Preference among readings of one name when context cannot decide (lower wins); see chooseCandidates. */
  rank: number;
}

/**
 * A candidate, always built here (its entry made by uniformEntry): one object shape for every kind of reading, so that the hot code that reads them
 * (findMentions, chooseCandidates, isWithin) stays monomorphic. Objects of several shapes (a spread here, a literal
 * there) made V8 drop and recompile those functions several times in a build (measured: a quarter of the compile time).
 */
export const makeCandidate = (
  entry: PlaceCandidate['entry'],
  key: string,
  divisions: readonly Division[],
  chain: readonly string[],
  depth: number,
  strong: boolean,
  rank: number,
): PlaceCandidate => ({ entry, key, divisions, chain, depth, strong, rank });

/** The same reading, as strong or weak as `strong` says. */
export const withStrength = (c: PlaceCandidate, strong: boolean): PlaceCandidate =>
  c.strong === strong ? c : makeCandidate(c.entry, c.key, c.divisions, c.chain, c.depth, strong, c.rank);

/**
 * `list.map(change)` as an array without holes: TurboFan's inlined `map` makes arrays with holes, a second array shape
 * where lists of readings are read (`some`, `filter`), and V8 recompiled those functions for it.
 */
export const mapReadings = (
  list: readonly PlaceCandidate[],
  change: (c: PlaceCandidate) => PlaceCandidate,
): PlaceCandidate[] => {
  const out: PlaceCandidate[] = [];
  for (const c of list) out.push(change(c));
  return out;
};

export const isForeignCandidate = (c: PlaceCandidate): boolean => c.entry.kind === 'country' || c.entry.kind === 'city';

const countryOf = (c: PlaceCandidate): string | null =>
  c.entry.kind === 'country' || c.entry.kind === 'city' ? c.entry.country : null;

/** True when `inner` is a finer reading inside `outer` (临汾市 inside 山西省, 师庄乡 inside 霍州市, 莫斯科 inside 俄罗斯). */
export function isWithin(inner: PlaceCandidate, outer: PlaceCandidate): boolean {
  if (inner.depth <= outer.depth) return false;
  if (isForeignCandidate(inner) || isForeignCandidate(outer))
    return countryOf(inner) !== null && countryOf(inner) === countryOf(outer);
  const anchor = outer.chain[outer.chain.length - 1];
  if (anchor === undefined || !inner.chain.includes(anchor)) return false;
  // A village must sit in the township already named, not just in the same county.
  if (inner.entry.kind === 'village' && outer.entry.kind === 'township') {
    return inner.entry.code.startsWith(outer.entry.code);
  }
  return true;
}

export const anchorOf = (c: PlaceCandidate): string | null => c.chain[c.chain.length - 1] ?? null;
