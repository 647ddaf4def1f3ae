import { fail, ok, type Result } from '../../../src/model/result.ts';
import { chooseCandidates } from './chooseCandidates.ts';
import { LIST_SEPARATOR } from './distractors.ts';
import type { Mention } from './findMentions.ts';
import { makePlaceSpec } from './makePlaceSpec.ts';
import { isWithin, type PlaceCandidate } from './placeCandidate.ts';
import type { PlaceFailure, PlaceSpec } from './placeSpec.ts';
import type { Primary } from './pickPrimary.ts';

/** Narrow the first mention's readings by the ones written right after it (福建福州 → 福州市). */
function narrowChain(group: readonly Mention[], first: readonly PlaceCandidate[]): PlaceCandidate[] {
  let readings = [...first];
  for (const m of group.slice(1)) {
    const finer = m.candidates.filter((c) => readings.some((r) => isWithin(c, r)));
    if (finer.length > 0) readings = finer;
  }
  return chooseCandidates(readings).candidates;
}

/**
 * A list of places (在黑龙江、吉林、辽宁三省考察; 在福建福州、厦门考察): no single one is the place, so only what
 * they share is kept (福建省), or nothing when they share nothing.
 */
export function listedPlaces(
  text: string,
  mentions: readonly Mention[],
  primary: Primary,
): Result<PlaceSpec, PlaceFailure> | null {
  const groups: Mention[][] = [[primary.mention]];
  for (let i = mentions.indexOf(primary.mention) + 1; i < mentions.length; i++) {
    const previous = mentions[i - 1];
    const gap = text.slice(previous.end, mentions[i].start);
    if (gap === '') groups[groups.length - 1].push(mentions[i]);
    else if (LIST_SEPARATOR.test(gap) && !mentions[i].named) groups.push([mentions[i]]);
    else break;
  }
  if (groups.length < 2) return null;
  const members = groups.map((group, i) => narrowChain(group, i === 0 ? primary.candidates : group[0].candidates));
  const last = groups[groups.length - 1];
  const span = { index: primary.mention.start, length: last[last.length - 1].end - primary.mention.start };
  const rules = [primary.rule, 'place:list'];
  const spec = makePlaceSpec(members.flat(), { ...span, local: null, rules });
  if (!spec.ok)
    return fail('ambiguous-place', `several places are listed and they share no division (${spec.message})`);
  return ok({ ...spec.value, ambiguous: [], rules });
}
