import type { Place } from '../../../src/model/event.ts';
import type { PlaceSpec } from './placeSpec.ts';

/** An event's place when nothing was resolved. */
export const NO_PLACE: Place = {
  province: null,
  prefecture: null,
  county: null,
  local: null,
  foreign: null,
  point: null,
  pointLevel: null,
};

/** An event's place from what a resolver found (the Chinese or the English one); `ambiguous` only when it says some. */
export const placeOfSpec = (found: Omit<PlaceSpec, 'ambiguous'> & { ambiguous?: string[] }): Place => ({
  province: found.province,
  prefecture: found.prefecture,
  county: found.county,
  local: found.local,
  foreign: found.foreign,
  point: found.point,
  pointLevel: found.pointLevel,
  ...(found.ambiguous && found.ambiguous.length > 0 ? { ambiguous: found.ambiguous } : {}),
});
