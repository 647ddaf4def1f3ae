import type { AtlasEvent } from '../../src/model/event.ts';
import { civilFromDays } from '../extract/date/civilFromDays.ts';
import { mergeKeyOf, type MergeKey } from '../extract/mergeDuplicates.ts';

const CHINA_OFFSET_MS = 8 * 3_600_000;

const DAY_MS = 86_400_000;

/**
 * The China calendar month of an instant, "YYYY-MM": the unit of the output's chunks and of re-runs (civilFromDays:
 * this runs once per event, and a Date and an ISO string each time cost more than the rest of writing its line).
 */
export const monthOf = (t0: number): string => {
  const { year, month } = civilFromDays(Math.floor((t0 + CHINA_OFFSET_MS) / DAY_MS));
  return `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}`;
};

/**
 * One extracted event as the build keeps it between runs, one line of a month's file, fields separated by tabs:
 * post (as JSON), id, t0, the merge key's start, end ('' for none), region, place and text, then the event as the
 * JSON written to the output. Everything a re-run needs to re-merge and re-write a month without extracting its
 * posts again; the key is plain fields so that reading a month parses no JSON but the merged events'.
 */
export interface EventLine {
  /** The post's path as JSON (compared as written: no need to parse it). */
  post: string;
  id: string;
  t0: number;
  merge: MergeKey;
  json: string;
}

const FIELDS_BEFORE_JSON = 8;

/** Key fields never hold tabs or line breaks (the text is stripped of white space), but a line must not break. */
const field = (text: string): string => text.replace(/[\t\n\r]/g, ' ');

export const formatEventLine = (line: EventLine): string => {
  const { start, end, region, place, text } = line.merge;
  const key = [start, end ?? '', region, place, text].map(field).join('\t');
  return `${line.post}\t${line.id}\t${line.t0}\t${key}\t${line.json}\n`;
};

export const eventLineOf = (post: string, event: AtlasEvent): string =>
  formatEventLine({
    post: JSON.stringify(post),
    id: event.id,
    t0: event.t0,
    merge: mergeKeyOf(event),
    json: JSON.stringify(event),
  });

/** A month line as read back: the key fields decoded, the event's JSON and the whole line left as bytes. */
export interface StoredEventLine extends Omit<EventLine, 'json'> {
  /** The event's JSON, undecoded: most events go to the output as they are, so their bytes are copied, not parsed. */
  json: Buffer;
  /** The whole line with its line break, for writing the month's state again. */
  raw: Buffer;
}

const TAB = 0x09;
const NEWLINE = 0x0a;

/**
 * Parse a month file; lines whose post is in `skip` (JSON-quoted paths) are left out. Works on the file's bytes:
 * only the key fields are decoded (tabs and line breaks are single bytes in UTF-8, never inside a character).
 */
export const parseEventLines = (
  bytes: Buffer,
  skip: ReadonlySet<string> | null,
  into: StoredEventLine[] = [],
): StoredEventLine[] => {
  let start = 0;
  while (start < bytes.length) {
    let end = bytes.indexOf(NEWLINE, start);
    if (end < 0) end = bytes.length;
    const postEnd = bytes.indexOf(TAB, start);
    const post = bytes.toString('utf8', start, postEnd);
    if (!skip?.has(post)) {
      let jsonAt = postEnd;
      for (let i = 1; i < FIELDS_BEFORE_JSON; i++) jsonAt = bytes.indexOf(TAB, jsonAt + 1);
      // The key fields decoded at once and cut as a string: one decoding call per line, not one per field.
      const key = bytes.toString('utf8', postEnd + 1, jsonAt);
      const tabs = [-1];
      for (let i = 1; i < FIELDS_BEFORE_JSON - 1; i++) tabs.push(key.indexOf('\t', tabs[i - 1] + 1));
      tabs.push(key.length);
      const piece = (i: number) => key.slice(tabs[i] + 1, tabs[i + 1]);
      const endDate = piece(3);
      into.push({
        post,
        id: piece(0),
        t0: Number(piece(1)),
        merge: {
          start: piece(2),
          end: endDate === '' ? null : endDate,
          region: piece(4),
          place: piece(5),
          text: piece(6),
        },
        json: bytes.subarray(jsonAt + 1, end),
        raw: bytes.subarray(start, Math.min(end + 1, bytes.length)),
      });
    }
    start = end + 1;
  }
  return into;
};
