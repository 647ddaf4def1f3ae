import type { PlaceIndex } from './createPlaceIndex.ts';
import { localPieces } from './extendLocal.ts';
import { anchorOf, type PlaceCandidate } from './placeCandidate.ts';

/** Villages as the last tie-breaker: the local pieces after the last division, looked up by name. */
export function villageReadings(
  text: string,
  from: number,
  to: number,
  readings: readonly PlaceCandidate[],
  index: PlaceIndex,
): PlaceCandidate[] | null {
  const villages = index.villages;
  if (!villages || readings.length <= 1) return null;
  for (const [start, end] of localPieces(text, from)) {
    if (end > to) break;
    const rows = villages.byName.get(text.slice(start, end)) ?? [];
    const inside = readings.filter((r) => rows.some((v) => index.chainCodes(v.county).includes(anchorOf(r) ?? '')));
    if (inside.length > 0 && inside.length < readings.length) return inside;
  }
  return null;
}
