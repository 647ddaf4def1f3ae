import { createHash } from 'node:crypto';
import { existsSync, fstatSync, openSync, readFileSync, closeSync } from 'node:fs';
import { join } from 'node:path';
import { atlasEventSchema } from '../../src/model/event.ts';
import { createExtractDeps } from '../extract/createExtractDeps.ts';
import { extractPost, unreadablePost, type PostExtraction } from '../extract/extractPost.ts';
import { toPostOutput, type PostOutput } from './postOutput.ts';
import type { ExtractDeps } from '../extract/interpretCaption.ts';
import { writeFileAtomic } from './writeAtomic.ts';

export interface FileTask {
  /** Path relative to the posts folder (forward slashes): the post's identity in ids and sources. */
  rel: string;
  abs: string;
  /** From the manifest when size and mtime are unchanged: the file need not be opened at all. */
  known: { key: string; size: number; mtimeMs: number } | null;
}

export interface FileResult {
  output: PostOutput;
  /** Content key (null when the file could not be read). */
  key: string | null;
  size: number;
  mtimeMs: number;
  bytes: number;
  fromCache: boolean;
}

export const cachePathOf = (cacheDir: string, key: string): string => join(cacheDir, key.slice(0, 2), `${key}.json`);

class ExtractorBroken extends Error {
  constructor(cause: unknown) {
    super('the extractor could not be set up', { cause });
  }
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

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
 * The I/O around extractPost for one file: read it, key it by content (extractor version + path + bytes), answer
 * from the cache when the key is known, otherwise extract, validate against the schema and store. Never throws:
 * an unreadable file becomes an `unreadable-post` extraction. Runs in worker threads or in the main thread.
 */
export const createFileExtractor = (cacheDir: string | null, version: string) => {
  let deps: ExtractDeps | null = null;
  const fromCache = (key: string): PostOutput | null => {
    if (!cacheDir) return null;
    const path = cachePathOf(cacheDir, key);
    if (!existsSync(path)) return null;
    try {
      return JSON.parse(readFileSync(path, 'utf8')) as PostOutput;
    } catch {
      return null;
    }
  };

  return (task: FileTask): FileResult => {
    if (task.known) {
      const cached = fromCache(task.known.key);
      const { key, size, mtimeMs } = task.known;
      if (cached) return { output: cached, key, size, mtimeMs, bytes: size, fromCache: true };
    }
    let fd: number | null = null;
    try {
      fd = openSync(task.abs, 'r');
      const stat = fstatSync(fd);
      const bytes = readFileSync(fd);
      const key = createHash('sha1')
        .update(version)
        .update('\0')
        .update(task.rel)
        .update('\0')
        .update(bytes)
        .digest('hex');
      const base = { key, size: stat.size, mtimeMs: stat.mtimeMs, bytes: bytes.length };
      const cached = fromCache(key);
      if (cached) return { ...base, output: cached, fromCache: true };
      let text: string;
      try {
        text = UTF8.decode(bytes);
      } catch {
        return {
          ...base,
          key: null,
          output: toPostOutput(unreadablePost(task.rel, 'not valid UTF-8 text')),
          fromCache: false,
        };
      }
      // Built lazily (cache hits need no parsers). Failing to build them is a broken checkout, not a bad post.
      if (!deps) {
        try {
          deps = createExtractDeps();
        } catch (error) {
          throw new ExtractorBroken(error);
        }
      }
      const output = toPostOutput(validated(extractPost(task.rel, text, deps)));
      if (cacheDir) writeFileAtomic(cachePathOf(cacheDir, key), JSON.stringify(output));
      return { ...base, output, fromCache: false };
    } catch (error) {
      if (error instanceof ExtractorBroken) throw error.cause;
      const message = error instanceof Error ? error.message : String(error);
      return {
        output: toPostOutput(unreadablePost(task.rel, `cannot be read: ${message}`)),
        key: null,
        size: 0,
        mtimeMs: 0,
        bytes: 0,
        fromCache: false,
      };
    } finally {
      if (fd !== null) closeSync(fd);
    }
  };
};
