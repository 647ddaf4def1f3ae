import { appendFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { EventsIndex } from '../../src/model/event.ts';
import { SCHEMA_VERSION } from '../../src/model/schemaVersion.ts';
import {
  addCounts,
  countsOfReportLine,
  emptyCounts,
  subtractCounts,
  type BuildCounts,
  type ReportPost,
} from './buildReport.ts';
import { newState, readState, statePathOf, type BuildState, type PostState } from './buildState.ts';
import type { FileResult, FileTask } from './extractFiles.ts';
import { extractorVersion } from './extractorVersion.ts';
import { MonthWriter } from './monthLines.ts';
import { createProgress } from './progress.ts';
import { readLines } from './readLines.ts';
import { renderMonth, sumDensity, type MonthJob, type MonthSummary } from './renderMonth.ts';
import { walkPosts } from './walkPosts.ts';
import { WorkerPool } from './workerPool.ts';
import { writeFileAtomic, writeStreamAtomic } from './writeAtomic.ts';

export interface BuildOptions {
  postsDir: string;
  outDir: string;
  /** Folder the build keeps between runs (content keys, extracted events by month), or null to keep nothing. */
  cacheDir: string | null;
  /** Worker threads; 1 (or few posts to extract) works in the main thread. */
  workers: number;
  /** Show a progress bar (only at a terminal). */
  progress: boolean;
}

export interface BuildSummary extends BuildCounts {
  fromCache: number;
  extracted: number;
  megabytes: number;
  seconds: number;
  extractorVersion: string;
  /** Seconds spent in each phase, for the benchmark: scanning the folder, extracting, writing the outputs. */
  phases: { scan: number; extract: number; write: number };
}

/** Below this many posts to extract, starting more workers (each loads the parsers) costs more than it saves. */
const WORKER_THRESHOLD = 200;
const seconds = (ms: number) => Math.round(ms / 10) / 100;
const SEPARATOR = ',\n';

/** A post of this run: unchanged since the last (its events and report line stand), or just extracted. */
interface PostRow {
  rel: string;
  size: number;
  mtimeMs: number;
  key: string | null;
  lineBytes: number;
  months: string[];
  /** Index in the last run's posts when its report line can be copied from the last report.json. */
  kept: number | null;
}

const monthsOf = (post: PostState): string[] => (post[5] ? post[5].split(',') : []);

/**
 * Every post of the folder in walk order, and the ones to read: those the last run did not see, or whose size or
 * mtime changed (their content key is passed on, so unchanged bytes are recognised without extracting).
 */
const scanPosts = (
  postsDir: string,
  old: BuildState | null,
  oldIndex: ReadonlyMap<string, number>,
): { rows: PostRow[]; tasks: FileTask[] } => {
  const rows: PostRow[] = [];
  const tasks: FileTask[] = [];
  for (const rel of walkPosts(postsDir)) {
    const abs = join(postsDir, rel);
    const at = oldIndex.get(rel);
    const before = at === undefined ? undefined : old?.posts[at];
    if (before && before[3]) {
      try {
        const stat = statSync(abs);
        if (stat.size === before[1] && stat.mtimeMs === before[2]) {
          rows.push({
            rel,
            size: before[1],
            mtimeMs: before[2],
            key: before[3],
            lineBytes: before[4],
            months: monthsOf(before),
            kept: at ?? null,
          });
          continue;
        }
      } catch {
        // unreadable now: the extractor will say so
      }
    }
    tasks.push({ index: rows.length, rel, abs, oldKey: before?.[3] ?? null });
    rows.push({ rel, size: 0, mtimeMs: 0, key: null, lineBytes: 0, months: [], kept: null });
  }
  return { rows, tasks };
};

/**
 * The prebuild: every post under postsDir → events.json (an index of month chunks events/YYYY-MM.json), density.json
 * and report.json in outDir. Each post is read only when it is new or changed since the last run (size and mtime,
 * then content hash); only the months its events were in, or are in now, are merged and written again, and the
 * lines of report.json that did not change are copied from the last one. One bad post never stops the run; the
 * report says what happened to each. Memory stays flat in the archive size: events go to disk by month as they are
 * extracted, report lines to a file, and only per-post and per-month summaries stay in memory.
 */
export const runBuild = async (options: BuildOptions): Promise<BuildSummary> => {
  const started = performance.now();
  const postsDir = resolve(options.postsDir);
  const outDir = resolve(options.outDir);
  const version = extractorVersion();
  const cacheDir = options.cacheDir ? resolve(options.cacheDir) : null;
  const stateRoot = cacheDir ?? join(outDir, `.build-${process.pid}`);
  const monthsDir = join(stateRoot, 'months');
  const old = cacheDir ? readState(cacheDir, { version, postsDir, outDir }) : null;
  // Month files not described by a trusted state are stale: start from nothing (and drop the one-file-per-post
  // cache of earlier versions).
  if (!old) {
    rmSync(monthsDir, { recursive: true, force: true });
    if (cacheDir && existsSync(cacheDir)) {
      for (const name of readdirSync(cacheDir)) {
        if (/^[0-9a-f]{2}$/.test(name) || name === 'manifest.json') rmSync(join(cacheDir, name), { recursive: true });
      }
    }
  }
  mkdirSync(monthsDir, { recursive: true });
  mkdirSync(join(outDir, 'events'), { recursive: true });

  const spillDir = join(stateRoot, `spill-${process.pid}`);
  rmSync(spillDir, { recursive: true, force: true });
  mkdirSync(spillDir, { recursive: true });
  // One worker loads the parsers while the folder is scanned (the scan is system calls; there is a second core).
  const pool = options.workers > 1 ? new WorkerPool(1, { spillDir, version }) : null;

  // Scan: which posts can stand as they are.
  const oldIndex = new Map<string, number>();
  old?.posts.forEach((post, i) => oldIndex.set(post[0], i));
  let scan: { rows: PostRow[]; tasks: FileTask[] };
  try {
    scan = scanPosts(postsDir, old, oldIndex);
  } catch (error) {
    await pool?.close();
    throw error;
  }
  const { rows, tasks } = scan;
  const scanned = performance.now();

  // Extract what changed; its events go to month files under spillDir, its report lines to one file.
  const newLines = join(spillDir, 'report.jsonl');
  let lineBuffer = '';
  let bytes = 0;
  let sameContent = 0;
  /** Posts whose last-run events and report line must go. */
  const replaced = new Set<string>();
  const take = (task: FileTask, result: FileResult) => {
    const row = rows[task.index];
    const at = oldIndex.get(task.rel);
    const before = at === undefined ? undefined : old?.posts[at];
    bytes += result.bytes;
    Object.assign(row, { size: result.size, mtimeMs: result.mtimeMs, key: result.key });
    if (result.same && before) {
      sameContent++;
      Object.assign(row, { lineBytes: before[4], months: monthsOf(before), kept: at });
      return;
    }
    if (before) replaced.add(task.rel);
    const line = result.report as string;
    row.lineBytes = Buffer.byteLength(line);
    row.months = result.months;
    lineBuffer += `${line}\n`;
    if (lineBuffer.length > 1 << 20) {
      appendFileSync(newLines, lineBuffer);
      lineBuffer = '';
    }
  };
  const progress = createProgress(tasks.length, options.progress);
  if (pool && tasks.length >= WORKER_THRESHOLD) pool.grow(options.workers - pool.size);
  try {
    if (pool && tasks.length > 0) await pool.extract(tasks, take, progress.update);
    else if (tasks.length > 0) {
      // Loaded only when there is something to extract: the parsers take a while to load.
      const { createFileExtractor } = await import('./extractFiles.ts');
      const writer = new MonthWriter(join(spillDir, 'main'));
      const extract = createFileExtractor(version, writer);
      tasks.forEach((task, i) => {
        if (i % 100 === 0) progress.update(i);
        take(task, extract(task));
      });
      writer.flush();
    }
  } catch (error) {
    await pool?.close();
    throw error;
  } finally {
    progress.stop();
  }
  appendFileSync(newLines, lineBuffer);
  const extracted = performance.now();

  // Which months change: those the replaced and removed posts had events in, and those the new lines went to.
  const seen = new Set(rows.map((row) => row.rel));
  const removed = (old?.posts ?? []).filter((post) => !seen.has(post[0]));
  const skipOf = new Map<string, string[]>();
  const touch = (month: string, skip: string | null) => {
    const list = skipOf.get(month) ?? [];
    if (skip) list.push(skip);
    skipOf.set(month, list);
  };
  for (const post of old?.posts ?? []) {
    if (replaced.has(post[0])) for (const month of monthsOf(post)) touch(month, post[0]);
  }
  for (const post of removed) for (const month of monthsOf(post)) touch(month, post[0]);
  for (const row of rows) if (row.kept === null) for (const month of row.months) touch(month, null);

  const generatedAt = new Date().toISOString();
  const threadDirs = readdirSync(spillDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => join(spillDir, entry.name));
  const jobs: MonthJob[] = [...skipOf.keys()].sort().map((month) => ({
    month,
    sources: [
      { file: join(monthsDir, `${month}.tsv`), skip: skipOf.get(month) ?? [] },
      ...threadDirs.map((dir) => ({ file: join(dir, `${month}.tsv`), skip: [] })),
    ],
    chunkPath: join(outDir, 'events', `${month}.json`),
    statePath: join(monthsDir, `${month}.tsv`),
    generatedAt,
  }));
  let summaries: MonthSummary[];
  try {
    summaries = pool && jobs.length > 1 ? await pool.render(jobs) : jobs.map(renderMonth);
  } finally {
    await pool?.close();
  }
  const months: Record<string, MonthSummary> = { ...(old?.months ?? {}) };
  jobs.forEach((job, i) => {
    if (summaries[i].count > 0) months[job.month] = summaries[i];
    else delete months[job.month];
  });
  const monthList = Object.keys(months).sort();

  // The counts: the last run's, less the posts that went or changed, plus what was extracted now.
  const oldReport = old ? readFileSync(join(outDir, 'report.json')) : null;
  const oldOffsets: number[] = [];
  if (old) {
    let offset = old.reportPostsStart;
    for (const post of old.posts) {
      oldOffsets.push(offset);
      offset += post[4] + SEPARATOR.length;
    }
  }
  const oldLine = (at: number) =>
    JSON.parse(
      (oldReport as Buffer).toString('utf8', oldOffsets[at], oldOffsets[at] + (old as BuildState).posts[at][4]),
    ) as ReportPost;
  const counts = old ? structuredClone(old.summary) : emptyCounts();
  if (old) {
    old.posts.forEach((post, at) => {
      if (replaced.has(post[0]) || !seen.has(post[0])) subtractCounts(counts, countsOfReportLine(oldLine(at)));
    });
  }
  for (const line of readLines(newLines))
    if (line) addCounts(counts, countsOfReportLine(JSON.parse(line) as ReportPost));
  const postCounts = structuredClone(counts);
  counts.events = monthList.reduce((sum, month) => sum + months[month].count, 0);
  counts.merged = monthList.reduce((sum, month) => sum + months[month].merged.length, 0);

  // The outputs: chunks are written; now the index, density and the report, then the state that describes them.
  const index: EventsIndex = {
    schemaVersion: SCHEMA_VERSION,
    generatedAt,
    chunks: monthList.map((month) => ({ file: `events/${month}.json`, month, count: months[month].count })),
  };
  writeFileAtomic(join(outDir, 'events.json'), `${JSON.stringify(index)}\n`);
  writeFileAtomic(
    join(outDir, 'density.json'),
    JSON.stringify(sumDensity(monthList.map((month) => months[month].density))),
  );
  const listed = new Set(monthList.map((month) => `${month}.json`));
  for (const name of readdirSync(join(outDir, 'events'))) {
    if (!listed.has(name)) rmSync(join(outDir, 'events', name), { force: true });
  }

  const header = { schemaVersion: SCHEMA_VERSION, generatedAt, postsDir, extractorVersion: version, summary: counts };
  const opening = `${JSON.stringify(header).slice(0, -1)},"posts":[\n`;
  const merged = Object.fromEntries(monthList.flatMap((month) => months[month].merged));
  let reportBytes = 0;
  writeStreamAtomic(join(outDir, 'report.json'), (write) => {
    const emit = (piece: string | Uint8Array) => {
      reportBytes += typeof piece === 'string' ? Buffer.byteLength(piece) : piece.length;
      write(piece);
    };
    emit(opening);
    const fresh = readLines(newLines);
    // Runs of posts kept in the same order are copied from the last report as one slice, separators included.
    let runStart = -1;
    let runEnd = -1;
    const flushRun = () => {
      if (runStart >= 0)
        emit(
          (oldReport as Buffer).subarray(
            oldOffsets[runStart],
            oldOffsets[runEnd] + (old as BuildState).posts[runEnd][4],
          ),
        );
      runStart = -1;
    };
    rows.forEach((row, i) => {
      if (row.kept !== null && runStart >= 0 && row.kept === runEnd + 1) {
        runEnd = row.kept;
        return;
      }
      flushRun();
      if (i > 0) emit(SEPARATOR);
      if (row.kept !== null) {
        runStart = runEnd = row.kept;
      } else emit(fresh.next().value as string);
    });
    flushRun();
    emit(`\n],"merged":${JSON.stringify(merged)}}\n`);
  });

  const reportPostsStart = Buffer.byteLength(opening);
  if (cacheDir) {
    const state = newState({
      version,
      postsDir,
      outDir,
      generatedAt,
      summary: postCounts,
      reportPostsStart,
      reportBytes,
      posts: rows.map((row) => [row.rel, row.size, row.mtimeMs, row.key, row.lineBytes, row.months.join(',')]),
      months,
    });
    writeFileAtomic(statePathOf(cacheDir), JSON.stringify(state));
  }
  rmSync(cacheDir ? spillDir : stateRoot, { recursive: true, force: true });

  const fromCache = rows.length - tasks.length + sameContent;
  return {
    ...counts,
    fromCache,
    extracted: rows.length - fromCache,
    megabytes: Math.round(bytes / 1e4) / 100,
    seconds: seconds(performance.now() - started),
    extractorVersion: version,
    phases: {
      scan: seconds(scanned - started),
      extract: seconds(extracted - scanned),
      write: seconds(performance.now() - extracted),
    },
  };
};

export const folderExists = (path: string): boolean => existsSync(path) && statSync(path).isDirectory();
