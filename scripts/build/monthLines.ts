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

const BREAKS = /[\t\n\r]/g;

/** Key fields never hold tabs or line breaks (the text is stripped of white space), but a line must not break. */
const field = (text: string): string =>
  text.includes('\t') || text.includes('\n') || text.includes('\r') ? text.replace(BREAKS, ' ') : text;

export const formatEventLine = (line: EventLine): string => {
  const { start, end, region, place, text } = line.merge;
  return `${line.post}\t${line.id}\t${line.t0}\t${field(start)}\t${end === null ? '' : field(end)}\t${field(region)}\t${field(place)}\t${field(text)}\t${line.json}\n`;
};

/** The last post's path as JSON: a post's events are written one after another. */
let lastPost = { path: '', json: '""' };

export const eventLineOf = (post: string, event: AtlasEvent): string => {
  if (lastPost.path !== post) lastPost = { path: post, json: JSON.stringify(post) };
  return formatEventLine({
    post: lastPost.json,
    id: event.id,
    t0: event.t0,
    merge: mergeKeyOf(event),
    json: JSON.stringify(event),
  });
};

/**
 * A month line as read back: the key fields decoded; the event's JSON and the whole line left as bytes, as places
 * in the file's buffer (a Buffer view per line cost more than decoding its key).
 */
export class StoredEventLine {
  constructor(
    readonly post: string,
    readonly id: string,
    readonly t0: number,
    readonly merge: MergeKey,
    /** The month file's bytes; this line is [lineStart, lineEnd) of them, its event's JSON [jsonStart, jsonEnd). */
    readonly bytes: Buffer,
    readonly lineStart: number,
    readonly jsonStart: number,
    readonly jsonEnd: number,
    readonly lineEnd: number,
  ) {}

  /** The event's JSON, undecoded: most events go to the output as they are, so their bytes are copied, not parsed. */
  get json(): Buffer {
    return this.bytes.subarray(this.jsonStart, this.jsonEnd);
  }

  /** The whole line with its line break (when the file had one), for writing the month's state again. */
  get raw(): Buffer {
    return this.bytes.subarray(this.lineStart, this.lineEnd);
  }
}

const TAB = 0x09;
const NEWLINE = 0x0a;

/**
 * Parse a month file; lines whose post is in `skip` (JSON-quoted paths) are left out. Works on the file's bytes:
 * only the key fields are decoded, in one call per line (tabs and line breaks are single bytes in UTF-8, never
 * inside a character).
 */
export const parseEventLines = (
  bytes: Buffer,
  skip: ReadonlySet<string> | null,
  into: StoredEventLine[] = [],
): StoredEventLine[] => {
  const tabs = new Int32Array(FIELDS_BEFORE_JSON + 1);
  let start = 0;
  while (start < bytes.length) {
    let end = bytes.indexOf(NEWLINE, start);
    if (end < 0) end = bytes.length;
    let jsonAt = start - 1;
    for (let i = 0; i < FIELDS_BEFORE_JSON; i++) jsonAt = bytes.indexOf(TAB, jsonAt + 1);
    const key = bytes.toString('utf8', start, jsonAt);
    tabs[0] = -1;
    for (let i = 1; i < FIELDS_BEFORE_JSON; i++) tabs[i] = key.indexOf('\t', tabs[i - 1] + 1);
    tabs[FIELDS_BEFORE_JSON] = key.length;
    const piece = (i: number) => key.slice(tabs[i] + 1, tabs[i + 1]);
    const post = piece(0);
    if (!skip?.has(post)) {
      const endDate = piece(4);
      const merge = {
        start: piece(3),
        end: endDate === '' ? null : endDate,
        region: piece(5),
        place: piece(6),
        text: piece(7),
      };
      const lineEnd = Math.min(end + 1, bytes.length);
      into.push(new StoredEventLine(post, piece(1), Number(piece(2)), merge, bytes, start, jsonAt + 1, end, lineEnd));
    }
    start = end + 1;
  }
  return into;
};
