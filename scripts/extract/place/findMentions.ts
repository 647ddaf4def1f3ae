import type { IndexedName, PlaceIndex } from './createPlaceIndex.ts';
import {
  ORGANISATION_AFTER,
  ORIGIN_AFTER,
  ORIGIN_BEFORE,
  OFFICIAL_AFTER,
  PARTY_AFTER,
  PARTY_BEFORE,
  PERSON_AFTER,
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

const UNIT_SUFFIX = /(?:省|市|县|区|旗|州|盟)$/u;

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
    // Roads take the bare name (北京路, 南京东路); 鼓楼区东街街道 is a district and a township.
    const bare = !UNIT_SUFFIX.test(text.slice(start, end));
    if ((bare && ROAD_AFTER.test(after)) || ORIGIN_BEFORE.test(before) || ORIGIN_AFTER.test(after)) continue;

    let cue = locationCue(text, start);
    const party = PARTY_AFTER.test(after) || PARTY_BEFORE.test(before);
    const organisation = ORGANISATION_AFTER.test(after);
    const official = OFFICIAL_AFTER.test(after);
    const readings = longest.values.filter(isCandidate).filter((c) => !(official && isForeign(c)));
    if (readings.length === 0) continue;
    const candidates = uniqueByKey(readings).map((c) => {
      const weakened = organisation || (party && isForeign(c));
      return weakened && c.strong ? { ...c, strong: false } : c;
    });
    const strong = candidates.some((c) => c.strong);
    // At the caption's start only a place that stands on its own opens the phrase (not 湖南卫视, 北京大学教授).
    if (cue === 'caption-start' && (!strong || PERSON_AFTER.test(after))) cue = null;
    mentions.push({ start, end, candidates, cue, strong });
  }
  return mentions;
}
