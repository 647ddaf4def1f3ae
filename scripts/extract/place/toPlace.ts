import type { Place } from '../../../src/model/event.ts';
import type { PlaceSpec } from './placeSpec.ts';

/** The event schema's Place from the resolver's PlaceSpec (drops the span and rules, which the caller keeps). */
export function toPlace(spec: PlaceSpec): Place {
  return {
    province: spec.province,
    prefecture: spec.prefecture,
    county: spec.county,
    local: spec.local,
    foreign: spec.foreign,
    point: spec.point,
    pointLevel: spec.pointLevel,
    ...(spec.ambiguous.length > 0 ? { ambiguous: spec.ambiguous } : {}),
  };
}
