import type { PostExtraction, PostNote, ReportItem } from '../extract/extractPost.ts';

/** One post in report.json. Items that became events name them; the others carry their text and a reason. */
export interface ReportPost {
  path: string;
  title: string;
  date: string | null;
  notes: PostNote[];
  captions: number;
  /** Ids of the (merged) events this post contributed to. */
  events: string[];
  items: Array<Omit<ReportItem, 'text' | 'event' | 'reason' | 'message'> & Partial<ReportItem>>;
}

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

const count = (counts: Record<string, number>, key: string) => (counts[key] = (counts[key] ?? 0) + 1);

/**
 * The report of a run: every post, every caption and dated sentence with the event it became or why it did not,
 * every image that had no caption, and the counts for the summary. Pure: the shell writes it.
 */
export const buildReport = (
  extractions: readonly PostExtraction[],
  mergedInto: ReadonlyMap<string, string>,
  eventCount: number,
): { posts: ReportPost[]; counts: BuildCounts } => {
  const counts: BuildCounts = {
    posts: extractions.length,
    postsRead: 0,
    unreadable: 0,
    badFrontMatter: 0,
    postsWithoutCaption: 0,
    captions: 0,
    captionEvents: 0,
    textEvents: 0,
    events: eventCount,
    merged: mergedInto.size,
    uncaptionedImages: 0,
    rejects: {},
    placeNotes: {},
  };
  const posts = extractions.map((extraction): ReportPost => {
    const reasons = new Set(extraction.notes.map((note) => note.reason));
    if (reasons.has('unreadable-post')) counts.unreadable++;
    else counts.postsRead++;
    if (reasons.has('bad-front-matter')) counts.badFrontMatter++;
    if (reasons.has('no-caption')) counts.postsWithoutCaption++;
    counts.captions += extraction.captions;
    const events = new Set<string>();
    const items = extraction.items.map((item) => {
      if (item.kind === 'image') counts.uncaptionedImages++;
      if (item.event) {
        const id = mergedInto.get(item.event) ?? item.event;
        events.add(id);
        if (item.kind === 'caption') counts.captionEvents++;
        else counts.textEvents++;
        if (item.reason) count(counts.placeNotes, item.reason);
        const line = { kind: item.kind, position: item.position, event: id };
        return item.reason ? { ...line, reason: item.reason, message: item.message ?? '' } : line;
      }
      if (item.kind !== 'image' && item.reason) count(counts.rejects, item.reason);
      return { kind: item.kind, position: item.position, text: item.text, reason: item.reason, message: item.message };
    });
    return {
      path: extraction.path,
      title: extraction.meta.title,
      date: extraction.meta.date,
      notes: extraction.notes,
      captions: extraction.captions,
      events: [...events],
      items,
    };
  });
  return { posts, counts };
};
