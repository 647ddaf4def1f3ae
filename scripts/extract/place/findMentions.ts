import type { IndexedName, PlaceIndex } from './createPlaceIndex.ts';
import {
  ORGANISATION_AFTER,
  ORIGIN_AFTER,
  ORIGIN_BEFORE,
  PARTY_AFTER,
  PARTY_BEFORE,
  ROAD_AFTER,
} from './distractors.ts';
import { locationCue, type LocationCue } from './locationCue.ts';
import type { PlaceCandidate } from './placeCandidate.ts';

/** A place name found in the text with every reading that survived the context checks. */
export interface Mention {
  start: number;
  end: number;
  candidates: PlaceCandidate[];
  cue: LocationCue;
  /** False when every reading needs a location word first (bare county stems, townships, organisation names). */
  strong: boolean;
}

const isCandidate = (v: IndexedName): v is PlaceCandidate => !('blocker' in v);
const isForeign = (c: PlaceCandidate): boolean => c.entry.kind === 'country' || c.entry.kind === 'city';

const uniqueByKey = (candidates: PlaceCandidate[]): PlaceCandidate[] => {
  const seen = new Set<string>();
  return candidates.filter((c) => (seen.has(c.key) ? false : (seen.add(c.key), true)));
};

/**
 * Scan the text left to right taking the longest name at each position (so 湘西土家族苗族自治州 beats 湘西, and
 * 上海合作组织 hides 上海), then drop or weaken readings by their surroundings: roads, origins, nationalities,
 * organisations and meeting parties.
 */
export function findMentions(text: string, index: PlaceIndex): Mention[] {
  const mentions: Mention[] = [];
  let i = 0;
  while (i < text.length) {
    const matches = index.trie.matchesAt(text, i);
    const longest = matches[matches.length - 1];
    if (!longest) {
      i++;
      continue;
    }
    const start = i;
    const end = i + longest.length;
    i = end;
    if (longest.values.some((v) => !isCandidate(v))) continue;
    const before = text.slice(Math.max(0, start - 5), start);
    const after = text.slice(end, end + 8);
    if (ROAD_AFTER.test(after) || ORIGIN_BEFORE.test(before) || ORIGIN_AFTER.test(after)) continue;

    const cue = locationCue(text, start);
    const party = PARTY_AFTER.test(after) || PARTY_BEFORE.test(before);
    const organisation = ORGANISATION_AFTER.test(after);
    const candidates = uniqueByKey(longest.values.filter(isCandidate)).map((c) => {
      const weakened = organisation || (party && isForeign(c));
      return weakened && c.strong ? { ...c, strong: false } : c;
    });
    mentions.push({ start, end, candidates, cue, strong: candidates.some((c) => c.strong) });
  }
  return mentions;
}
