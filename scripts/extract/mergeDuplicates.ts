import type { AtlasEvent, Photo, Place, Source } from '../../src/model/event.ts';

/** Captions of one event told twice share at least this share of their character bigrams (see the tests' figures). */
export const SAME_EVENT_SIMILARITY = 0.25;

const NOISE = /[\s↑￪⬆，。、；：！？,.;:!?…—\-（）()"“”《》]/g;

/** The caption without its date and punctuation: what two tellings of one event have in common. */
const comparableText = (event: AtlasEvent): string => event.caption.replace(event.date.written, '').replace(NOISE, '');

/** Jaccard similarity of the two texts' character bigram sets, 0..1 (1: the same bigrams). */
export const bigramJaccard = (a: string, b: string): number => sortedJaccard(bigramCodes(a), bigramCodes(b));

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

const findRoot = (parent: Int32Array, i: number): number => {
  while (parent[i] !== i) {
    parent[i] = parent[parent[i]];
    i = parent[i];
  }
  return i;
};

/** One event from several tellings: a photo caption leads; all photos, sources and names; the finest place. */
export const mergeGroup = (members: readonly AtlasEvent[]): AtlasEvent => {
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

/** What deciding a merge needs of an event: small enough to keep for a million events. */
export interface MergeKey {
  start: string;
  end: string | null;
  /** Province code, `f:` + foreign place, or `-` when unknown: only events of the same region are compared. */
  region: string;
  /** See placePath. */
  place: string;
  /** The caption without its date and punctuation. */
  text: string;
}

export const mergeKeyOf = (event: AtlasEvent): MergeKey => ({
  start: event.date.start,
  end: event.date.end,
  region: event.where.province?.code ?? (event.where.foreign ? `f:${event.where.foreign}` : '-'),
  place: placePath(event.where),
  text: comparableText(event),
});

/**
 * Which events are one event told several times: groups of indexes into `keys` (only groups of two or more, in
 * input order). Two events are the same when they have the same date (start and end), compatible places (the same
 * unit, or one inside the other) and captions whose character-bigram Jaccard similarity, date and punctuation
 * removed, is at least SAME_EVENT_SIMILARITY. Transitive. Only same-day, same-region events are compared, so it
 * stays near-linear.
 */
export const planMerges = (keys: readonly MergeKey[]): number[][] => {
  const buckets = new Map<string, number[]>();
  keys.forEach((key, i) => {
    const bucketKey = `${key.start}|${key.end ?? ''}|${key.region}`;
    const bucket = buckets.get(bucketKey);
    if (bucket) bucket.push(i);
    else buckets.set(bucketKey, [i]);
  });
  // A typed array: an Array here changed its elements kind from month to month, and V8 recompiled planMerges for it.
  const parent = new Int32Array(keys.length);
  for (let i = 0; i < parent.length; i++) parent[i] = i;
  const grams: Array<number[] | undefined> = [];
  const gramsOf = (i: number): number[] => (grams[i] ??= bigramCodes(keys[i].text));
  const compare = (a: number, b: number) => {
    if (sortedJaccard(gramsOf(a), gramsOf(b)) < SAME_EVENT_SIMILARITY) return;
    const ra = findRoot(parent, a);
    const rb = findRoot(parent, b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  for (const bucket of buckets.values()) {
    if (bucket.length < 2) continue;
    // Every pair with compatible places is compared, as place groups: a busy day in one province has many events
    // in different counties, and those pairs are never looked at.
    const byPlace = new Map<string, number[]>();
    for (const i of bucket) {
      const members = byPlace.get(keys[i].place);
      if (members) members.push(i);
      else byPlace.set(keys[i].place, [i]);
    }
    const places = [...byPlace.keys()];
    for (let p = 0; p < places.length; p++) {
      const mine = byPlace.get(places[p]) as number[];
      for (let a = 0; a < mine.length; a++) for (let b = a + 1; b < mine.length; b++) compare(mine[a], mine[b]);
      for (let q = p + 1; q < places.length; q++) {
        if (!samePlace(places[p], places[q])) continue;
        for (const a of mine) for (const b of byPlace.get(places[q]) as number[]) compare(a, b);
      }
    }
  }
  const groups = new Map<number, number[]>();
  keys.forEach((_, i) => {
    const root = findRoot(parent, i);
    const group = groups.get(root);
    if (group) group.push(i);
    else groups.set(root, [i]);
  });
  return [...groups.values()].filter((group) => group.length > 1);
};

/**
 * A text's character bigrams as sorted distinct numbers (two UTF-16 units in one number; a one-character text is its
 * own bigram, as its code above 2^32), so that the Jaccard of two captions is a merge of two arrays.
 */
const ascending = (a: number, b: number) => a - b;

const bigramCodes = (text: string): number[] => {
  if (text.length === 1) return [2 ** 32 + text.charCodeAt(0)];
  const codes: number[] = [];
  for (let i = 0; i + 1 < text.length; i++) codes.push(text.charCodeAt(i) * 65536 + text.charCodeAt(i + 1));
  codes.sort(ascending);
  let distinct = 0;
  for (let i = 0; i < codes.length; i++) if (i === 0 || codes[i] !== codes[i - 1]) codes[distinct++] = codes[i];
  codes.length = distinct;
  return codes;
};

const sortedJaccard = (a: readonly number[], b: readonly number[]): number => {
  if (a.length === 0 && b.length === 0) return 1;
  let shared = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    if (a[i] === b[j]) {
      shared++;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return shared / (a.length + b.length - shared);
};

export interface MergeResult {
  events: AtlasEvent[];
  /** For every event folded into another: its id → the id of the event it became part of. */
  mergedInto: Map<string, string>;
}

/** planMerges + mergeGroup over events held in memory. Input order decides the representative: sort it first. */
export const mergeDuplicates = (events: readonly AtlasEvent[]): MergeResult => {
  const groups = planMerges(events.map(mergeKeyOf));
  const folded = new Set<number>();
  const mergedInto = new Map<string, string>();
  const replacement = new Map<number, AtlasEvent>();
  for (const group of groups) {
    const merged = mergeGroup(group.map((i) => events[i]));
    replacement.set(group[0], merged);
    for (const i of group) {
      if (events[i].id !== merged.id) mergedInto.set(events[i].id, merged.id);
      folded.add(i);
    }
  }
  const out: AtlasEvent[] = [];
  events.forEach((event, i) => {
    if (!folded.has(i)) out.push(event);
    else if (replacement.has(i)) out.push(replacement.get(i) as AtlasEvent);
  });
  return { events: out, mergedInto };
};
