import type { PostExtraction, PostNote, ReportItem } from '../extract/extractPost.ts';

/** One post in report.json. Items that became events name them; the others carry their text and a reason. */
export interface ReportPost {
  path: string;
  title: string;
  date: string | null;
  notes: PostNote[];
  captions: number;
  /** Ids of the events this post gave (see report.json's `merged` for those folded into another). */
  events: string[];
  items: ReportLine[];
}

export type ReportLine = Pick<ReportItem, 'kind' | 'position'> & Partial<ReportItem>;

export interface BuildCounts {
  posts: number;
  postsRead: number;
  unreadable: number;
  badFrontMatter: number;
  postsWithoutCaption: number;
  captions: number;
  captionEvents: number;
  textEvents: number;
  /** Events written, after merging duplicates. */
  events: number;
  /** Events folded into another (the same event told twice). */
  merged: number;
  uncaptionedImages: number;
  /** Captions and dated sentences that did not become events, by reason (images without caption excluded). */
  rejects: Record<string, number>;
  /** Events kept with an empty or partial place, by reason. */
  placeNotes: Record<string, number>;
}

export const emptyCounts = (): BuildCounts => ({
  posts: 0,
  postsRead: 0,
  unreadable: 0,
  badFrontMatter: 0,
  postsWithoutCaption: 0,
  captions: 0,
  captionEvents: 0,
  textEvents: 0,
  events: 0,
  merged: 0,
  uncaptionedImages: 0,
  rejects: {},
  placeNotes: {},
});

const bump = (counts: Record<string, number>, key: string, by = 1) => (counts[key] = (counts[key] ?? 0) + by);

/** Add one post's counts (or another tally) into `into`. */
export const addCounts = (into: BuildCounts, more: BuildCounts): void => {
  for (const key of Object.keys(into) as Array<keyof BuildCounts>) {
    const value = more[key];
    if (typeof value === 'number') (into[key] as number) += value;
  }
  for (const [reason, n] of Object.entries(more.rejects)) bump(into.rejects, reason, n);
  for (const [reason, n] of Object.entries(more.placeNotes)) bump(into.placeNotes, reason, n);
};

/** Take one post's counts (or another tally) out of `from`: the inverse of addCounts. */
export const subtractCounts = (from: BuildCounts, less: BuildCounts): void => {
  for (const key of Object.keys(from) as Array<keyof BuildCounts>) {
    const value = less[key];
    if (typeof value === 'number') (from[key] as number) -= value;
  }
  for (const [reason, n] of Object.entries(less.rejects)) bump(from.rejects, reason, -n);
  for (const [reason, n] of Object.entries(less.placeNotes)) bump(from.placeNotes, reason, -n);
  for (const tally of [from.rejects, from.placeNotes])
    for (const [key, n] of Object.entries(tally)) if (n === 0) delete tally[key];
};

/**
 * A post's counts, read off its report line (so a re-run can take an unchanged post's share out of the summary
 * without extracting it again). `events` and `merged` are counted over the whole output, not per post. Pure.
 */
export const countsOfReportLine = (line: ReportPost): BuildCounts => {
  const counts = emptyCounts();
  counts.posts = 1;
  const reasons = new Set(line.notes.map((note) => note.reason));
  if (reasons.has('unreadable-post')) counts.unreadable = 1;
  else counts.postsRead = 1;
  if (reasons.has('bad-front-matter')) counts.badFrontMatter = 1;
  if (reasons.has('no-caption')) counts.postsWithoutCaption = 1;
  counts.captions = line.captions;
  for (const item of line.items) {
    if (item.kind === 'image') counts.uncaptionedImages++;
    if (item.event) {
      if (item.kind === 'caption') counts.captionEvents++;
      else counts.textEvents++;
      if (item.reason) bump(counts.placeNotes, item.reason);
    } else if (item.kind !== 'image' && item.reason) bump(counts.rejects, item.reason);
  }
  return counts;
};

/**
 * A post's line of the report. Event ids are those of extraction: report.json's `merged` says which of them became
 * part of another event. Pure.
 */
export const reportPostOf = (extraction: PostExtraction): ReportPost => {
  const events: string[] = [];
  const items = extraction.items.map((item): ReportLine => {
    if (item.event) {
      events.push(item.event);
      const line = { kind: item.kind, position: item.position, event: item.event };
      return item.reason ? { ...line, reason: item.reason, message: item.message ?? '' } : line;
    }
    return { kind: item.kind, position: item.position, text: item.text, reason: item.reason, message: item.message };
  });
  return {
    path: extraction.path,
    title: extraction.meta.title,
    date: extraction.meta.date,
    notes: extraction.notes,
    captions: extraction.captions,
    events,
    items,
  };
};
