import { hash } from 'node:crypto';
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { atlasEventSchema } from '../../src/model/event.ts';
import { extractPost, unreadablePost, type PostExtraction } from '../extract/extractPost.ts';
import type { ExtractDeps } from '../extract/interpretCaption.ts';
import { countsOfReportLine, reportPostOf, type BuildCounts } from './buildReport.ts';
import { eventLineOf, monthOf } from './monthLines.ts';
import type { PartWriter } from './partWriter.ts';

export interface FileTask {
  /** Position in the walk order. */
  index: number;
  /** Path relative to the posts folder (forward slashes): the post's identity in ids and sources. */
  rel: string;
  abs: string;
  /** The content key of the last run, if any: a post whose bytes hash to it again need not be extracted. */
  oldKey: string | null;
}

export interface FileResult {
  /** True when the content is what the last run extracted (its events and report line stand). */
  same: boolean;
  /** Content key (null when the file could not be read: such a post is read again on every run). */
  key: string | null;
  size: number;
  mtimeMs: number;
  bytes: number;
  /** The post's line of the report (JSON) and its counts, unless `same`. */
  report: string | null;
  counts: BuildCounts | null;
  /** Months its events were written to (each event went to the PartWriter as one line). */
  months: string[];
}

class ExtractorBroken extends Error {
  constructor(cause: unknown) {
    super('the extractor could not be set up', { cause });
  }
}

const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The file as text, or null when it is not UTF-8. Buffer decoding is many times faster than a fatal TextDecoder;
 * it marks bad bytes with U+FFFD, so only a text that contains one (rare) is decoded again strictly.
 */
const utf8TextOf = (bytes: Buffer): string | null => {
  const text = bytes.toString('utf8');
  if (!text.includes('\ufffd')) return text;
  try {
    return STRICT_UTF8.decode(bytes);
  } catch {
    return null;
  }
};

/** A bug, not bad input: an event the schema rejects is reported, not written. */
const validated = (extraction: PostExtraction): PostExtraction => {
  const bad = new Map<string, string>();
  const events = extraction.events.filter((event) => {
    const check = atlasEventSchema.safeParse(event);
    if (!check.success) bad.set(event.id, check.error.issues.map((issue) => issue.path.join('.')).join(', '));
    return check.success;
  });
  if (bad.size === 0) return extraction;
  const items = extraction.items.map((item) =>
    item.event && bad.has(item.event)
      ? {
          ...item,
          event: null,
          reason: 'not-an-event' as const,
          message: `internal: event failed the schema (${bad.get(item.event)})`,
        }
      : item,
  );
  return { ...extraction, events, items };
};

/**
 * The I/O around extractPost for one file: read it, key it by content (sha1 of its bytes); when the
 * key is the last run's, say so and stop; otherwise extract, validate against the schema, write each event as a
 * line of its month (PartWriter) and return the report line. Never throws for bad input: an unreadable file
 * becomes an `unreadable-post` report line. Runs in worker threads or in the main thread; `loadDeps` gives the
 * parsers, called once, on the first post that needs them.
 */
export const createFileExtractor = (months: PartWriter, loadDeps: () => ExtractDeps) => {
  let deps: ExtractDeps | null = null;

  const emit = (task: FileTask, extraction: PostExtraction): Pick<FileResult, 'report' | 'counts' | 'months'> => {
    const touched = new Set<string>();
    for (const event of extraction.events) {
      const month = monthOf(event.t0);
      touched.add(month);
      months.add(month, eventLineOf(task.rel, event));
    }
    const line = reportPostOf(extraction);
    return { report: JSON.stringify(line), counts: countsOfReportLine(line), months: [...touched] };
  };

  /** One buffer for every file this thread reads (grown when a file is larger): no allocation per post. */
  let scratch = Buffer.allocUnsafe(1 << 16);
  /** The file's bytes as of its fstat: one read of the known size (readFileSync would stat again and read twice). */
  const readBytes = (fd: number, size: number): Buffer => {
    if (size > scratch.length) scratch = Buffer.allocUnsafe(Math.max(size, scratch.length * 2));
    let done = 0;
    for (let n = -1; done < size && n !== 0; done += n) n = readSync(fd, scratch, done, size - done, done);
    return scratch.subarray(0, done);
  };

  return (task: FileTask): FileResult => {
    let fd: number | null = null;
    try {
      fd = openSync(task.abs, 'r');
      const stat = fstatSync(fd);
      // A file that grows between the stat and the read is cut at the stat's size; the state then records that
      // size and mtime, so the next run sees the change and reads it again.
      const bytes = readBytes(fd, stat.size);
      // The state that keeps the key is only trusted for the same extractor version and per path: the bytes suffice.
      const key = hash('sha1', bytes, 'hex');
      const base = { key, size: stat.size, mtimeMs: stat.mtimeMs, bytes: bytes.length };
      if (key === task.oldKey) return { ...base, same: true, report: null, counts: null, months: [] };
      const text = utf8TextOf(bytes);
      if (text === null) {
        return { ...base, key: null, same: false, ...emit(task, unreadablePost(task.rel, 'not valid UTF-8 text')) };
      }
      // Loaded on first use (a re-run whose changed posts all hash as before needs no parsers). Failing to load
      // them is a broken checkout, not a bad post.
      if (!deps) {
        try {
          deps = loadDeps();
        } catch (error) {
          throw new ExtractorBroken(error);
        }
      }
      return { ...base, same: false, ...emit(task, validated(extractPost(task.rel, text, deps))) };
    } catch (error) {
      if (error instanceof ExtractorBroken) throw error.cause;
      const message = error instanceof Error ? error.message : String(error);
      return {
        key: null,
        size: 0,
        mtimeMs: 0,
        bytes: 0,
        same: false,
        ...emit(task, unreadablePost(task.rel, `cannot be read: ${message}`)),
      };
    } finally {
      if (fd !== null) closeSync(fd);
    }
  };
};
