import type { Precision } from '../../src/model/event.ts';
import type { PostExtraction } from '../extract/extractPost.ts';
import { mergeKeyOf, type MergeKey } from '../extract/mergeDuplicates.ts';
import { reportPostOf, type BuildCounts } from './buildReport.ts';

/** One event as the shell carries it: what sorting, merging and density need, and the event itself as JSON. */
export interface EventRecord {
  id: string;
  t0: number;
  precision: Precision;
  /** The date's start, for the density buckets. */
  start: string;
  merge: MergeKey;
  json: string;
}

/**
 * A post's extraction in the compact form the shell keeps, caches and sends between threads: events serialised
 * once (a JSON string is several times smaller than the object graph), the report line serialised, the counts.
 */
export interface PostOutput {
  path: string;
  events: EventRecord[];
  /** JSON of the post's ReportPost (event ids before merging). */
  report: string;
  counts: BuildCounts;
}

export const toPostOutput = (extraction: PostExtraction): PostOutput => {
  const { line, counts } = reportPostOf(extraction);
  return {
    path: extraction.path,
    events: extraction.events.map((event) => ({
      id: event.id,
      t0: event.t0,
      precision: event.date.precision,
      start: event.date.start,
      merge: mergeKeyOf(event),
      json: JSON.stringify(event),
    })),
    report: JSON.stringify(line),
    counts,
  };
};
