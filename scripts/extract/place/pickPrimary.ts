import type { Mention } from './findMentions.ts';
import { isForeignCandidate as isForeign, type PlaceCandidate } from './placeCandidate.ts';

export interface Primary {
  mention: Mention;
  candidates: readonly PlaceCandidate[];
  rule: string;
}

/**
 * The mention that opens the event's place phrase: abroad (当地时间) the first foreign name; otherwise the first
 * name after a location word or at the caption's start; otherwise the first name that is strong on its own; then
 * an event's name; then a place's own government (台中市政府在市府广场举办…).
 */
export function pickPrimary(mentions: readonly Mention[], abroad: boolean): Primary | null {
  if (abroad) {
    const usable = mentions.filter((m) => m.cue !== null || m.strong);
    const foreign = usable.filter((m) => m.candidates.some(isForeign));
    const first = foreign.find((m) => m.cue !== null) ?? foreign[0];
    if (first) {
      return { mention: first, candidates: first.candidates.filter(isForeign), rule: 'place:abroad-local-time' };
    }
  }
  // A cued mention is usable; the first usable one is the first cued or strong. An event's name (在杭州亚运会帆船
  // 比赛场地宁波象山…) is the place only when nothing else is: a later name says where its venue is.
  const cued = mentions.find((m) => m.cue !== null && !m.eventName);
  if (cued) return { mention: cued, candidates: cued.candidates, rule: `place:${cued.cue}` };
  const first = mentions.find((m) => m.strong);
  if (first) return { mention: first, candidates: first.candidates, rule: 'place:first-mention' };
  const event = mentions.find((m) => m.eventName);
  if (event) return { mention: event, candidates: event.candidates, rule: 'place:event-name' };
  const government = mentions.find((m) => m.government);
  return government ? { mention: government, candidates: government.candidates, rule: 'place:government' } : null;
}
