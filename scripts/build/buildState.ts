import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { BuildCounts } from './buildReport.ts';
import type { MonthSummary } from './renderMonth.ts';

/** Bump when the state's or the month files' layout changes: an old state is then ignored (a full build). */
const STATE_FORMAT = 5;

/** The posts of a build in walk order, as columns (a 100k-post state parses in a fraction of the time of rows). */
export interface PostTable {
  paths: string[];
  sizes: Float64Array;
  mtimes: Float64Array;
  /** Content keys; '' for a post that could not be read (it is read again on every run). */
  keys: string[];
  /** The months each post has events in, "2019-03,2019-04"; '' for none. */
  months: string[];
}

/**
 * What a build leaves for the next one (in the cache folder, beside the month files months/YYYY-MM.tsv that hold
 * every extracted event): which posts it read, how report.json was cut into parts, and what each month came to. A
 * re-run checks each post's size and mtime against it and redoes only what changed.
 */
export interface BuildState {
  version: string;
  postsDir: string;
  outDir: string;
  generatedAt: string;
  /** Per-post counts added up (events and merged are the months'). */
  summary: BuildCounts;
  /** How many report/NNN.jsonl files the report's post lines are spread over (see reportParts.ts). */
  reportParts: number;
  /** Size of the report.json it wrote: a quick check that the output is still the one it describes. */
  reportBytes: number;
  posts: PostTable;
  months: Record<string, MonthSummary>;
}

/**
 * The state as stored: the table's text columns joined by line breaks and its numbers as Float64Arrays, in V8's
 * serialization format (100k posts: written in ~45 ms and read in ~45, where JSON took ~150 ms each way of a
 * one-post re-run's ~1.5 s). A file V8 cannot read, or of another shape, is no state: the next build is a full one.
 */
interface StoredState extends Omit<BuildState, 'posts'> {
  format: number;
  posts: { paths: string; sizes: Float64Array; mtimes: Float64Array; keys: string; months: string };
}

export const statePathOf = (cacheDir: string): string => join(cacheDir, 'state.v8');

/** What earlier formats of the state were called (forgotten by a full build). */
export const OLD_STATE_NAMES = ['state.json'];

/**
 * The last build's state, or null when there is none to trust: another extractor version, posts or output folder,
 * or outputs that are not the ones it wrote (deleted, edited, or a run that stopped half-way).
 */
export const readState = (
  cacheDir: string,
  expected: { version: string; postsDir: string; outDir: string },
  reportPartPath: (part: number) => string,
): BuildState | null => {
  try {
    const stored = deserialize(readFileSync(statePathOf(cacheDir))) as StoredState;
    const report = join(expected.outDir, 'report.json');
    const trusted =
      stored?.format === STATE_FORMAT &&
      stored.posts?.sizes instanceof Float64Array &&
      stored.posts.mtimes instanceof Float64Array &&
      Object.values(stored.months ?? {}).every((month) => typeof month?.mergedJson === 'string') &&
      stored.version === expected.version &&
      stored.postsDir === expected.postsDir &&
      stored.outDir === expected.outDir &&
      existsSync(join(expected.outDir, 'events.json')) &&
      existsSync(report) &&
      statSync(report).size === stored.reportBytes &&
      Array.from({ length: stored.reportParts }, (_, part) => existsSync(reportPartPath(part))).every(Boolean);
    if (!trusted) return null;
    const { format: _format, posts, ...rest } = stored;
    const split = (joined: string) => (posts.sizes.length === 0 ? [] : joined.split('\n'));
    const table = {
      paths: split(posts.paths),
      sizes: posts.sizes,
      mtimes: posts.mtimes,
      keys: split(posts.keys),
      months: split(posts.months),
    };
    // A path with a line break in it would shift the columns: then the state is not usable. Nor is a table out of
    // walk order (sorted paths), which the scan matches against the folder in one merge pass.
    const aligned = [table.paths, table.mtimes, table.keys, table.months].every(
      (column) => column.length === table.sizes.length,
    );
    const inWalkOrder = table.paths.every((path, i) => i === 0 || table.paths[i - 1] < path);
    return aligned && inWalkOrder ? { ...rest, posts: table } : null;
  } catch {
    return null;
  }
};

export const serializeState = (state: BuildState): Buffer => {
  const { posts, ...rest } = state;
  const stored: StoredState = {
    format: STATE_FORMAT,
    ...rest,
    posts: {
      paths: posts.paths.join('\n'),
      sizes: posts.sizes,
      mtimes: posts.mtimes,
      keys: posts.keys.join('\n'),
      months: posts.months.join('\n'),
    },
  };
  return serialize(stored);
};
