import type { AtlasEvent } from '../../src/model/event.ts';
import { mergeKeyOf, type MergeKey } from '../extract/mergeDuplicates.ts';

const CHINA_OFFSET_MS = 8 * 3_600_000;

/** The China calendar month of an instant, "YYYY-MM": the unit of the output's chunks and of re-runs. */
export const monthOf = (t0: number): string => new Date(t0 + CHINA_OFFSET_MS).toISOString().slice(0, 7);

/**
 * One extracted event as the build keeps it between runs, one line of a month's file:
 * `post<TAB>id<TAB>t0<TAB>merge key<TAB>event`, post and key as JSON, the event as the JSON written to the output.
 * Everything a re-run needs to re-merge and re-write a month without extracting its posts again.
 */
export interface EventLine {
  /** The post's path as JSON (compared as written: no need to parse it). */
  post: string;
  id: string;
  t0: number;
  merge: MergeKey;
  json: string;
}

export const eventLineOf = (post: string, event: AtlasEvent): string =>
  `${JSON.stringify(post)}\t${event.id}\t${event.t0}\t${JSON.stringify(mergeKeyOf(event))}\t${JSON.stringify(event)}\n`;

/** Parse a month file's text; lines whose post is in `skip` (JSON-quoted paths) are left out. */
export const parseEventLines = (text: string, skip: ReadonlySet<string> | null): EventLine[] => {
  const lines: EventLine[] = [];
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const a = text.indexOf('\t', start);
    const post = text.slice(start, a);
    if (!skip?.has(post)) {
      const b = text.indexOf('\t', a + 1);
      const c = text.indexOf('\t', b + 1);
      const d = text.indexOf('\t', c + 1);
      lines.push({
        post,
        id: text.slice(a + 1, b),
        t0: Number(text.slice(b + 1, c)),
        merge: JSON.parse(text.slice(c + 1, d)) as MergeKey,
        json: text.slice(d + 1, end),
      });
    }
    start = end + 1;
  }
  return lines;
};

export const formatEventLine = (line: EventLine): string =>
  `${line.post}\t${line.id}\t${line.t0}\t${JSON.stringify(line.merge)}\t${line.json}\n`;
