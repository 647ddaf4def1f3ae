import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { BuildCounts } from './buildReport.ts';
import type { MonthSummary } from './renderMonth.ts';

/** Bump when the state's or the month files' layout changes: an old state is then ignored (a full build). */
const STATE_FORMAT = 2;

/** What the build keeps of a post: [path, size, mtimeMs, content key, bytes of its report line, months "a,b"]. */
export type PostState = [string, number, number, string | null, number, string];

/**
 * What a build leaves for the next one (in the cache folder, beside the month files months/YYYY-MM.tsv that hold
 * every extracted event): which posts it read, where each post's line sits in report.json, and what each month
 * came to. A re-run checks each post's size and mtime against it and redoes only what changed.
 */
export interface BuildState {
  format: number;
  version: string;
  postsDir: string;
  outDir: string;
  generatedAt: string;
  /** Per-post counts added up (events and merged are the months'). */
  summary: BuildCounts;
  /** Byte offset of the first post line in report.json, and the file's size (a quick check it is still ours). */
  reportPostsStart: number;
  reportBytes: number;
  /** In walk order. */
  posts: PostState[];
  months: Record<string, MonthSummary>;
}

export const statePathOf = (cacheDir: string): string => join(cacheDir, 'state.json');

/**
 * The last build's state, or null when there is none to trust: another extractor version, posts or output folder,
 * or a report.json that is not the one it wrote (deleted, edited, or a run that stopped half-way).
 */
export const readState = (
  cacheDir: string,
  expected: { version: string; postsDir: string; outDir: string },
): BuildState | null => {
  try {
    const state = JSON.parse(readFileSync(statePathOf(cacheDir), 'utf8')) as BuildState;
    const report = join(expected.outDir, 'report.json');
    const trusted =
      state.format === STATE_FORMAT &&
      state.version === expected.version &&
      state.postsDir === expected.postsDir &&
      state.outDir === expected.outDir &&
      existsSync(join(expected.outDir, 'events.json')) &&
      existsSync(report) &&
      statSync(report).size === state.reportBytes;
    return trusted ? state : null;
  } catch {
    return null;
  }
};

export const newState = (fields: Omit<BuildState, 'format'>): BuildState => ({ format: STATE_FORMAT, ...fields });
