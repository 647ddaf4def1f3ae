import { ok, type Result } from '../../src/model/result.ts';
import type { DateFinding, Interpretation, PlaceFinding } from './interpretCaption.ts';
import { NO_PLACE, placeOfSpec } from './place/placeOfSpec.ts';

/**
 * An interpretation from what the readers found (the Chinese path and the English one compose it alike): the place
 * result gives the event's place, the note when it is empty or partial, and its rules after the date's.
 */
export const composeInterpretation = (parts: {
  normalized: string;
  date: DateFinding;
  epoch: [number, number];
  place: Result<PlaceFinding, 'no-place' | 'ambiguous-place'>;
  who: string[];
  what: string;
  /** Rules that come before the date's (the English path names itself). */
  leadRules?: readonly string[];
}) => {
  const { place, date } = parts;
  const interpretation: Interpretation = {
    normalized: parts.normalized,
    date,
    t0: parts.epoch[0],
    t1: parts.epoch[1],
    where: place.ok ? placeOfSpec(place.value) : NO_PLACE,
    placeNote: place.ok ? null : { reason: place.reason, message: place.message },
    who: parts.who,
    what: parts.what,
    rules: [...(parts.leadRules ?? []), ...date.rules, ...(place.ok ? place.value.rules : [`place:${place.reason}`])],
  };
  return ok(interpretation);
};
