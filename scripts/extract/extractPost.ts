import type { AtlasEvent, Source } from '../../src/model/event.ts';
import type { RejectReason } from '../../src/model/reasons.ts';
import { findCaptions } from './findCaptions.ts';
import { findTextEvents } from './findTextEvents.ts';
import { interpretCaption, type ExtractDeps } from './interpretCaption.ts';
import { makeEvent } from './makeEvent.ts';
import { readPost, type PostMeta } from './readPost.ts';

/** One line of the report: a caption, a dated sentence, or an image that had no caption. */
export interface ReportItem {
  kind: 'caption' | 'text' | 'image';
  /** Ordinal among the post's items of this kind. */
  position: number;
  /** The caption or sentence verbatim, or the image address. */
  text: string;
  /** The event it became (null: it did not). */
  event: string | null;
  /** Why it did not become an event; or, beside an event, what it lacks (no-place, ambiguous-place). */
  reason: RejectReason | null;
  message: string | null;
}

export interface PostNote {
  reason: RejectReason;
  message: string;
}

export interface PostExtraction {
  /** Relative to the posts folder, with forward slashes. */
  path: string;
  meta: PostMeta;
  /** Post-level problems and remarks: bad-front-matter, unreadable-post, no-caption. */
  notes: PostNote[];
  captions: number;
  events: AtlasEvent[];
  items: ReportItem[];
}

const sourceOf = (path: string, meta: PostMeta): Source => ({
  path,
  title: meta.title,
  date: meta.date,
  url: meta.url,
});

/**
 * One post, text in → events and a full account out. Pure: the parsers come in as `deps`, nothing is read or
 * written. Every `↑` caption ends up either as an event or as a report item with a reason; images without a caption
 * and posts without any are reported too. Dated sentences of body text are read only in posts with no caption.
 */
export const extractPost = (path: string, text: string, deps: ExtractDeps): PostExtraction => {
  const post = readPost(path, text);
  const notes: PostNote[] = post.problem ? [post.problem] : [];
  const source = sourceOf(path, post.meta);
  // The date parser reads the article's instant as a China calendar day (its articleDayOf).
  const day = post.meta.date;
  const scan = findCaptions(post.body);
  const events: AtlasEvent[] = [];
  const items: ReportItem[] = [];
  // 当天 / 当日 in a caption or sentence mean the day of the one just before it, when that one had a day.
  let previousDay: string | null = null;

  for (const caption of scan.captions) {
    const meaning = interpretCaption(caption.text, day, deps, { sameDayAs: previousDay });
    if (!meaning.ok) {
      items.push({
        kind: 'caption',
        position: caption.position,
        text: caption.text,
        event: null,
        reason: meaning.reason,
        message: meaning.message,
      });
      continue;
    }
    const event = makeEvent(meaning.value, {
      kind: 'caption',
      caption: caption.text,
      photos: caption.photos,
      source,
      position: caption.position,
    });
    events.push(event);
    if (meaning.value.date.precision === 'day') previousDay = meaning.value.date.start;
    const note = meaning.value.placeNote;
    items.push({
      kind: 'caption',
      position: caption.position,
      text: caption.text,
      event: event.id,
      reason: note?.reason ?? null,
      message: note?.message ?? null,
    });
  }

  if (scan.captions.length === 0) {
    notes.push({
      reason: 'no-caption',
      message: 'no ↑ photo caption in this post; dated sentences of its text were read instead',
    });
    for (const candidate of findTextEvents(scan.paragraphs, day, deps)) {
      const { position, text } = candidate;
      if (candidate.rejection) {
        items.push({ kind: 'text', position, text, event: null, reason: 'not-an-event', message: candidate.rejection });
        continue;
      }
      const meaning = interpretCaption(candidate.text, day, deps, { sameDayAs: previousDay });
      if (!meaning.ok) {
        items.push({ kind: 'text', position, text, event: null, reason: meaning.reason, message: meaning.message });
        continue;
      }
      const event = makeEvent(meaning.value, {
        kind: 'text',
        caption: candidate.text,
        photos: [],
        source,
        position: candidate.position,
      });
      events.push(event);
      if (meaning.value.date.precision === 'day') previousDay = meaning.value.date.start;
      const note = meaning.value.placeNote;
      items.push({
        kind: 'text',
        position,
        text,
        event: event.id,
        reason: note?.reason ?? null,
        message: note?.message ?? null,
      });
    }
  }

  scan.uncaptionedImages.forEach((photo, position) => {
    items.push({
      kind: 'image',
      position,
      text: photo.src,
      event: null,
      reason: 'image-without-caption',
      message: 'no ↑ caption follows this image',
    });
  });
  return { path, meta: post.meta, notes, captions: scan.captions.length, events, items };
};

/** A post that could not be read at all (I/O or decoding error) still gets a line in the report. */
export const unreadablePost = (path: string, message: string): PostExtraction => ({
  path,
  meta: { title: path.replace(/^.*\//, ''), date: null, categories: [], headimg: null, url: null },
  notes: [{ reason: 'unreadable-post', message }],
  captions: 0,
  events: [],
  items: [],
});
