import type { Division } from '../../../src/model/gazetteer.ts';
import { fail, ok, type Result } from '../../../src/model/result.ts';
import { anchorOf, isForeignCandidate as isForeign, type PlaceCandidate } from './placeCandidate.ts';
import type { PlaceFailure, PlaceSpec } from './placeSpec.ts';

/** Where the phrase is, its local text and the rules so far: what the spec carries besides the divisions. */
export interface SpecParts {
  index: number;
  length: number;
  local: string | null;
  rules: string[];
}

type DivisionRef = { code: string; name: string };

const refOf = (d: Division | null): DivisionRef | null => (d ? { code: d.code, name: d.name } : null);

/**
 * The place from the readings left: one reading gives its chain; several give the levels they share plus the
 * candidates; none shared is an ambiguity. Abroad, the country (and city) instead of divisions.
 */
export function makePlaceSpec(
  candidates: readonly PlaceCandidate[],
  parts: SpecParts,
): Result<PlaceSpec, PlaceFailure> {
  if (candidates.length === 0) return fail('no-place', 'no reading left');

  if (candidates.every(isForeign)) {
    const countries = new Set(candidates.map((c) => ('country' in c.entry ? c.entry.country : '')));
    if (countries.size > 1) {
      return fail('ambiguous-place', `the name could be in ${[...countries].join(' / ')}`);
    }
    const first = candidates[0].entry;
    const foreign =
      first.kind === 'city' ? `${first.country}${first.city}` : first.kind === 'country' ? first.country : null;
    return ok({
      province: null,
      prefecture: null,
      county: null,
      local: null,
      foreign,
      point: null,
      pointLevel: null,
      ambiguous: [],
      rules: parts.rules,
      index: parts.index,
      length: parts.length,
    });
  }
  if (candidates.some(isForeign)) return fail('ambiguous-place', 'the name could be in China or abroad');

  // The chain all readings share; one reading (the usual case) shares its whole chain and has one anchor at most.
  const single = candidates.length === 1;
  const divisions = single
    ? candidates[0].divisions
    : candidates[0].divisions.filter((d, i) => candidates.every((c) => c.divisions[i] === d));
  // The distinct anchors, asked of several readings only (one reading's are never reported).
  const anchors = single ? [] : [...new Set(candidates.map(anchorOf).filter((a): a is string => a !== null))];
  const ambiguous = anchors.length > 1 ? anchors : [];
  if (divisions.length === 0) {
    const shared = single ? [anchorOf(candidates[0])].filter((a) => a !== null) : anchors;
    return fail('ambiguous-place', `the name is shared by ${shared.join(', ')}; nothing in the text decides`);
  }
  // One pass over the chain: the first division of each level, and the last with a point.
  let province: Division | null = null;
  let prefecture: Division | null = null;
  let county: Division | null = null;
  let withPoint: Division | null = null;
  for (const d of divisions) {
    if (d.level === 'province') province ??= d;
    else if (d.level === 'prefecture') prefecture ??= d;
    else if (d.level === 'county') county ??= d;
    if (d.point !== null) withPoint = d;
  }
  // Written out in full (no spread of a base object per caption), in the spec's field order.
  return ok({
    province: refOf(province),
    prefecture: refOf(prefecture),
    county: refOf(county),
    local: parts.local,
    foreign: null,
    point: withPoint?.point ?? null,
    pointLevel: withPoint?.level ?? null,
    ambiguous,
    rules: ambiguous.length > 0 ? [...parts.rules, 'place:ambiguous-shared-level'] : parts.rules,
    index: parts.index,
    length: parts.length,
  });
}
