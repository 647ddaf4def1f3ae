import type { AtlasEvent, Photo, Place, Source } from '../../src/model/event.ts';

/** Captions of one event told twice share at least this share of their character bigrams (see the tests' figures). */
export const SAME_EVENT_SIMILARITY = 0.25;

const NOISE = /[\s↑￪⬆，。、；：！？,.;:!?…—\-（）()"“”《》]/g;

/** The caption without its date and punctuation: what two tellings of one event have in common. */
const comparableText = (event: AtlasEvent): string => event.caption.replace(event.date.written, '').replace(NOISE, '');

const bigramsOf = (text: string): Set<string> => {
  const grams = new Set<string>();
  for (let i = 0; i + 1 < text.length; i++) grams.add(text.slice(i, i + 2));
  if (text.length === 1) grams.add(text);
  return grams;
};

/** Jaccard similarity of the two texts' character bigram sets, 0..1 (1: the same bigrams). */
export const bigramJaccard = (a: string, b: string): number => jaccard(bigramsOf(a), bigramsOf(b));

const jaccard = (a: Set<string>, b: Set<string>): number => {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  for (const gram of a) if (b.has(gram)) shared++;
  return shared / (a.size + b.size - shared);
};

/** The place as a code prefix: province "21", prefecture "2101", county "210105"; foreign and unknown spelled out. */
const placePath = (where: Place): string => {
  if (where.county) return where.county.code;
  if (where.prefecture) return where.prefecture.code.slice(0, 4);
  if (where.province) return where.province.code.slice(0, 2);
  return where.foreign ? `foreign:${where.foreign}` : 'unknown';
};

/** Same place, or one names a unit inside the other (沈阳市 and its 皇姑区): they can be the same event. */
const samePlace = (a: string, b: string): boolean => {
  const foreignOrUnknown = (path: string) => !/^\d/.test(path);
  if (foreignOrUnknown(a) || foreignOrUnknown(b)) return a === b;
  return a.startsWith(b) || b.startsWith(a);
};

const placeDepth = (where: Place): number => (where.county ? 3 : where.prefecture ? 2 : where.province ? 1 : 0);

const findRoot = (parent: number[], i: number): number => {
  while (parent[i] !== i) {
    parent[i] = parent[parent[i]];
    i = parent[i];
  }
  return i;
};

const mergeGroup = (members: AtlasEvent[]): AtlasEvent => {
  // The representative: a photo caption before a sentence of text, then the first in input (path) order.
  const ordered = [...members].sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'caption' ? -1 : 1));
  const lead = ordered[0];
  const finest = ordered.reduce((best, event) => (placeDepth(event.where) > placeDepth(best.where) ? event : best));
  const photos = new Map<string, Photo>();
  const sources = new Map<string, Source>();
  const who = new Set<string>();
  for (const event of ordered) {
    for (const photo of event.photos) if (!photos.has(photo.src)) photos.set(photo.src, photo);
    for (const source of event.sources) if (!sources.has(source.path)) sources.set(source.path, source);
    for (const name of event.who) who.add(name);
  }
  return {
    ...lead,
    where: finest.where,
    who: [...who],
    photos: [...photos.values()],
    sources: [...sources.values()],
    confidence: Math.max(...ordered.map((event) => event.confidence)),
    rules: [...lead.rules, `merged:${members.length}`],
  };
};

export interface MergeResult {
  events: AtlasEvent[];
  /** For every event folded into another: its id → the id of the event it became part of. */
  mergedInto: Map<string, string>;
}

/**
 * One event told by several captions or posts becomes one event with all their photos and sources. Two events are
 * the same when they have the same date (start and end), compatible places (the same unit, or one inside the other)
 * and captions whose character-bigram Jaccard similarity, date and punctuation removed, is at least
 * SAME_EVENT_SIMILARITY. Merging is transitive. Input order decides the representative, so sort the input first.
 */
export const mergeDuplicates = (events: readonly AtlasEvent[]): MergeResult => {
  // Only events of the same day and province can merge: comparing within these buckets keeps it near-linear.
  const buckets = new Map<string, number[]>();
  events.forEach((event, i) => {
    const where = event.where;
    const region = where.province?.code ?? (where.foreign ? `f:${where.foreign}` : '-');
    const key = `${event.date.start}|${event.date.end ?? ''}|${region}`;
    const bucket = buckets.get(key);
    if (bucket) bucket.push(i);
    else buckets.set(key, [i]);
  });

  const parent = events.map((_, i) => i);
  for (const bucket of buckets.values()) {
    if (bucket.length < 2) continue;
    const grams = bucket.map((i) => bigramsOf(comparableText(events[i])));
    const paths = bucket.map((i) => placePath(events[i].where));
    for (let a = 0; a < bucket.length; a++) {
      for (let b = a + 1; b < bucket.length; b++) {
        if (!samePlace(paths[a], paths[b])) continue;
        if (jaccard(grams[a], grams[b]) < SAME_EVENT_SIMILARITY) continue;
        const ra = findRoot(parent, bucket[a]);
        const rb = findRoot(parent, bucket[b]);
        if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
      }
    }
  }

  const groups = new Map<number, AtlasEvent[]>();
  events.forEach((event, i) => {
    const root = findRoot(parent, i);
    const group = groups.get(root);
    if (group) group.push(event);
    else groups.set(root, [event]);
  });

  const merged: AtlasEvent[] = [];
  const mergedInto = new Map<string, string>();
  for (const group of groups.values()) {
    if (group.length === 1) {
      merged.push(group[0]);
      continue;
    }
    const event = mergeGroup(group);
    merged.push(event);
    for (const member of group) if (member.id !== event.id) mergedInto.set(member.id, event.id);
  }
  return { events: merged, mergedInto };
};
