import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
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
import { lockBuild } from './buildLock.ts';
import {
  OLD_STATE_NAMES,
  readState,
  serializeState,
  statePathOf,
  type BuildState,
  type PostTable,
} from './buildState.ts';
import type { FileResult, FileTask } from './extractFiles.ts';
import { extractorVersion, parserSnapshotPath } from './extractorVersion.ts';
import { PartWriter } from './partWriter.ts';
import { renderMonth, sumDensity, type MonthJob, type MonthSummary } from './renderMonth.ts';
import { reportPartFile, reportPartOf, reportPartPath, reportPartsFor } from './reportParts.ts';
import { walkPosts } from './walkPosts.ts';
import { statFiles, type FileStats } from './statFiles.ts';
import { prepareThreads, startThread } from './threads.ts';
import { WorkerPool } from './workerPool.ts';
import { writeFileAtomic, writeStreamAtomic } from './writeAtomic.ts';

export interface BuildOptions {
  postsDir: string;
  outDir: string;
  /** Folder the build keeps between runs (content keys, extracted events by month), or null to keep nothing. */
  cacheDir: string | null;
  /** Worker threads; 1 (or few posts to extract) works in the main thread. */
  workers: number;
  /** Show a progress bar (only at a terminal; runBuildInWorker draws it in the main thread). */
  progress: boolean;
  /**
   * Where extraction progress goes: the build thread hands it to the main thread, whose stderr is the terminal (a
   * worker's stderr is a pipe to it, never a TTY).
   */
  onProgress?: (done: number, total: number) => void;
  /** Fewer posts to extract than this are extracted in the build's own thread (default WORKER_THRESHOLD). */
  minPostsForWorkers?: number;
  /** From this many posts to stat, a second thread stats half of them (default SPLIT_STAT; tests set 1). */
  splitStatAt?: number;
}

export interface BuildSummary extends BuildCounts {
  fromCache: number;
  extracted: number;
  megabytes: number;
  seconds: number;
  extractorVersion: string;
  /**
   * Seconds spent in each phase, for the benchmark: reading the last run's state, scanning the folder, extracting,
   * merging and writing the months, writing the index, density, report and state.
   */
  phases: { state: number; scan: number; extract: number; months: number; write: number };
}

/**
 * Below this many posts to extract, the build's own thread extracts them all. Every extracting thread pays about a
 * second of CPU before it runs at full speed (loading and building the parsers, then the JIT compiling the extractor
 * over its first few hundred posts); alone, that compiling runs on the other core. Measured at 1,000 posts: 2.4–2.8 s
 * with two workers, ~1.5 s in one thread; two threads pay off from about 2,500 posts.
 */
const WORKER_THRESHOLD = 2500;
const seconds = (ms: number) => Math.round(ms / 10) / 100;

/** A post of this run: unchanged since the last (its events and report line stand), or just extracted. */
interface PostRow {
  rel: string;
  size: number;
  mtimeMs: number;
  key: string | null;
  months: string;
  /** Its events and report line are the last run's. */
  kept: boolean;
}

/**
 * Where each walked path stood in the last run's table (-1: new), and the last run's paths no longer there (path →
 * its row). Both lists are in walk order (readState trusts no other table), so one merge pass matches them without
 * hashing 100k paths.
 */
const matchPaths = (walked: readonly string[], oldPaths: readonly string[]) => {
  const at = new Int32Array(walked.length).fill(-1);
  const removed = new Map<string, number>();
  let cursor = 0;
  walked.forEach((rel, i) => {
    while (cursor < oldPaths.length && oldPaths[cursor] < rel) removed.set(oldPaths[cursor], cursor++);
    if (cursor < oldPaths.length && oldPaths[cursor] === rel) at[i] = cursor++;
  });
  while (cursor < oldPaths.length) removed.set(oldPaths[cursor], cursor++);
  return { at, removed };
};

/**
 * Every post of the folder in walk order, and the ones to read: those the last run did not see, or whose size or
 * mtime changed (their content key is passed on, so unchanged bytes are recognised without extracting).
 */
const scanPosts = (
  postsDir: string,
  walked: readonly string[],
  old: PostTable | null,
  oldAt: Int32Array,
  stats: FileStats,
): { rows: PostRow[]; tasks: FileTask[] } => {
  const rows: PostRow[] = [];
  const tasks: FileTask[] = [];
  walked.forEach((rel, i) => {
    const abs = absolutePath(postsDir, rel);
    const at = oldAt[i];
    const key = old && at >= 0 ? old.keys[at] : '';
    const size = stats.sizes[i];
    const mtimeMs = stats.mtimes[i];
    if (old && key && size === old.sizes[at] && mtimeMs === old.mtimes[at]) {
      rows.push({ rel, size, mtimeMs, key, months: old.months[at], kept: true });
      return;
    }
    tasks.push({ index: rows.length, rel, abs, oldKey: key || null });
    rows.push({ rel, size: 0, mtimeMs: 0, key: null, months: '', kept: false });
  });
  return { rows, tasks };
};

/** Plain concatenation: rel is already normalised, and path.join costs as much as the stat at 100k posts. */
const absolutePath = (postsDir: string, rel: string) => `${postsDir}/${rel}`;

/** From this many posts to stat, a thread stats half of them: the scan of a re-run is mostly stat. */
const SPLIT_STAT = 20_000;

/**
 * Size and mtime of every walked post that the last run read (NaN for the others: new posts are read anyway). With
 * many, a second thread stats the second half meanwhile (100k posts: ~0.55 s in one thread); if it fails, this
 * thread stats them too.
 */
const statPosts = async (
  postsDir: string,
  walked: readonly string[],
  old: PostTable | null,
  oldAt: Int32Array,
  splitAt: number | null,
): Promise<FileStats> => {
  const wanted: number[] = [];
  for (let i = 0; i < walked.length; i++) if (old && oldAt[i] >= 0 && old.keys[oldAt[i]]) wanted.push(i);
  const stats: FileStats = {
    sizes: new Float64Array(walked.length).fill(Number.NaN),
    mtimes: new Float64Array(walked.length).fill(Number.NaN),
  };
  const pathsOf = (indexes: readonly number[]) => indexes.map((i) => absolutePath(postsDir, walked[i]));
  const put = (indexes: readonly number[], part: FileStats) =>
    indexes.forEach((i, k) => {
      stats.sizes[i] = part.sizes[k];
      stats.mtimes[i] = part.mtimes[k];
    });
  const half = splitAt !== null && wanted.length >= splitAt ? Math.floor(wanted.length / 2) : wanted.length;
  const mine = wanted.slice(0, half);
  const theirs = wanted.slice(half);
  const elsewhere =
    theirs.length > 0
      ? new Promise<FileStats>((resolve, reject) => {
          const worker = startThread('statWorker', { workerData: { paths: pathsOf(theirs) } });
          worker.once('message', resolve);
          worker.once('error', reject);
          worker.once('exit', () => reject(new Error('the stat thread ended without its answer')));
        })
      : null;
  put(mine, statFiles(pathsOf(mine)));
  if (elsewhere) put(theirs, await elsewhere.catch(() => statFiles(pathsOf(theirs))));
  return stats;
};

const monthsIn = (joined: string): string[] => (joined ? joined.split(',') : []);

/**
 * The last run's report lines by path, each part read when first asked for (or all at once with `everything`,
 * before parts are rewritten under another count).
 */
const oldReportLines = (outDir: string, parts: number, everything: boolean) => {
  const loaded = new Map<number, Map<string, string>>();
  const load = (part: number): Map<string, string> => {
    let lines = loaded.get(part);
    if (!lines) {
      lines = new Map();
      for (const line of readFileSync(reportPartPath(outDir, part), 'utf8').split('\n')) {
        if (line) lines.set((JSON.parse(line) as ReportPost).path, line);
      }
      loaded.set(part, lines);
    }
    return lines;
  };
  if (everything) for (let part = 0; part < parts; part++) load(part);
  return (rel: string): string => {
    const part = reportPartOf(rel, parts);
    const line = load(part).get(rel);
    if (line === undefined) throw new Error(`report line of ${rel} missing from ${reportPartFile(part)}`);
    return line;
  };
};

const noLastReport = (rel: string): string => {
  throw new Error(`no earlier report holds ${rel}`);
};

/**
 * The prebuild: every post under postsDir → in outDir, events.json (an index of month chunks events/YYYY-MM.json),
 * density.json, and report.json (summary, merges, and the post lines in parts report/NNN.jsonl). A post is read only
 * when it is new or changed since the last run (size and mtime, then content hash); only the months its events were
 * in or are in now are merged and written again, and only the report parts of changed posts. A run with nothing
 * changed writes nothing. One bad post never stops the run; the report says what happened to each. Memory stays
 * flat in the archive size: events and report lines go to disk as they are extracted, and only per-post and
 * per-month summaries stay in memory.
 */
export const runBuild = async (options: BuildOptions): Promise<BuildSummary> => {
  const unlock = options.cacheDir ? lockBuild(resolve(options.cacheDir)) : null;
  try {
    return await build(options);
  } finally {
    unlock?.();
  }
};

const build = async (options: BuildOptions): Promise<BuildSummary> => {
  const started = performance.now();
  const postsDir = resolve(options.postsDir);
  const outDir = resolve(options.outDir);
  const version = extractorVersion();
  const parserSnapshot = parserSnapshotPath(version);
  const cacheDir = options.cacheDir ? resolve(options.cacheDir) : null;
  const stateRoot = cacheDir ?? join(outDir, `.build-${process.pid}`);
  const monthsDir = join(stateRoot, 'months');
  if (options.workers > 1) await prepareThreads();
  const old = cacheDir
    ? readState(cacheDir, { version, postsDir, outDir }, (part) => reportPartPath(outDir, part))
    : null;
  if (!old) forgetEarlierBuilds(monthsDir, cacheDir);
  const stateRead = performance.now();

  // Scan: which posts can stand as they are.
  const walked = walkPosts(postsDir);
  const { at: oldAt, removed } = matchPaths(walked, old?.posts.paths ?? []);
  const splitAt = options.workers > 1 ? (options.splitStatAt ?? SPLIT_STAT) : null;
  const stats = await statPosts(postsDir, walked, old?.posts ?? null, oldAt, splitAt);
  const { rows, tasks } = scanPosts(postsDir, walked, old?.posts ?? null, oldAt, stats);
  const scanned = performance.now();
  const timing = () => ({
    state: seconds(stateRead - started),
    scan: seconds(scanned - stateRead),
    extract: seconds(extracted - scanned),
    months: seconds(monthsDone - extracted),
    write: seconds(performance.now() - monthsDone),
  });
  let extracted = scanned;
  let monthsDone = scanned;

  if (old && tasks.length === 0 && removed.size === 0) {
    // Nothing changed: the outputs on disk are this run's outputs.
    return {
      ...totals(old.summary, old.months),
      fromCache: rows.length,
      extracted: 0,
      megabytes: 0,
      seconds: seconds(performance.now() - started),
      extractorVersion: version,
      phases: timing(),
    };
  }

  // Extract what changed: events go to month files, report lines to part files, both under spillDir.
  const spillDir = join(stateRoot, `spill-${process.pid}`);
  rmSync(spillDir, { recursive: true, force: true });
  mkdirSync(spillDir, { recursive: true });
  const newLines = new PartWriter(join(spillDir, 'report'), 'jsonl');
  const parts = reportPartsFor(rows.length);
  const postCounts = old ? structuredClone(old.summary) : emptyCounts();
  /** Posts whose last-run events and report line must go (changed, or gone from the folder), with their old row. */
  const replaced = new Map<string, number>(removed);
  let bytes = 0;
  let sameContent = 0;
  const take = (task: FileTask, result: FileResult) => {
    const row = rows[task.index];
    const at = oldAt[task.index];
    bytes += result.bytes;
    Object.assign(row, { size: result.size, mtimeMs: result.mtimeMs, key: result.key });
    if (result.same && old && at >= 0) {
      sameContent++;
      Object.assign(row, { months: old.posts.months[at], kept: true });
      return;
    }
    if (at >= 0) replaced.set(task.rel, at);
    row.months = result.months.join(',');
    newLines.add(String(reportPartOf(task.rel, parts)), `${result.report}\n`);
    addCounts(postCounts, result.counts as BuildCounts);
  };
  const progress = {
    update: (done: number) => options.onProgress?.(done, tasks.length),
    stop: () => options.onProgress?.(tasks.length, tasks.length),
  };
  // Workers start only now, with the tasks known: one started while the folder was being scanned competed with the
  // scan for the cores (measured at 100k posts: the scan took 0.94 s instead of 0.5).
  const workers =
    options.workers > 1 && tasks.length >= (options.minPostsForWorkers ?? WORKER_THRESHOLD)
      ? new WorkerPool(options.workers, { spillDir, parserSnapshot })
      : null;
  try {
    try {
      if (workers) await workers.extract(tasks, take, progress.update);
      else if (tasks.length > 0) {
        // Loaded only when there is something to extract: the parsers take a while to load.
        const [{ createFileExtractor }, { loadExtractDeps }] = await Promise.all([
          import('./extractFiles.ts'),
          import('./parserSnapshot.ts'),
        ]);
        const writer = new PartWriter(join(spillDir, 'main'));
        const extract = createFileExtractor(writer, () => loadExtractDeps(parserSnapshot));
        tasks.forEach((task, i) => {
          if (i % 100 === 0) progress.update(i);
          take(task, extract(task));
        });
        writer.flush();
      }
    } finally {
      progress.stop();
    }
    newLines.flush();
    extracted = performance.now();

    // Months to merge and write again: those the replaced posts had events in, and those new lines went to.
    const skipOf = new Map<string, string[]>();
    const touch = (month: string, skip: string | null) => {
      const list = skipOf.get(month) ?? [];
      if (skip) list.push(skip);
      skipOf.set(month, list);
    };
    // Every replaced post is one the last run saw: its months are in the old table.
    for (const [path, at] of replaced) for (const month of monthsIn(old?.posts.months[at] ?? '')) touch(month, path);
    for (const row of rows) if (!row.kept) for (const month of monthsIn(row.months)) touch(month, null);
    const generatedAt = new Date().toISOString();
    const threadDirs = readdirSync(spillDir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && entry.name !== 'report')
      .map((entry) => join(spillDir, entry.name));
    const jobs: MonthJob[] = [...skipOf.keys()].sort().map((month) => ({
      month,
      stateDir: join(monthsDir, month),
      skip: skipOf.get(month) ?? [],
      newFiles: threadDirs.map((dir) => join(dir, `${month}.tsv`)),
      chunkPath: join(outDir, 'events', `${month}.json`),
      generatedAt,
    }));
    mkdirSync(join(outDir, 'events'), { recursive: true });
    // From here on the month folders change: until the new state is written, there is none to trust (a run that
    // stops half-way is followed by a full build, not by one that reads half-changed months).
    if (cacheDir) rmSync(statePathOf(cacheDir), { force: true });
    const summaries = workers && jobs.length > 1 ? await workers.render(jobs) : jobs.map(renderMonth);
    const months: Record<string, MonthSummary> = { ...(old?.months ?? {}) };
    jobs.forEach((job, i) => {
      if (summaries[i].count > 0) months[job.month] = summaries[i];
      else delete months[job.month];
    });
    monthsDone = performance.now();

    // Report parts: those of posts added, changed or removed (all of them when the number of parts changed).
    const sameParts = old?.reportParts === parts;
    const oldLine = old ? oldReportLines(outDir, old.reportParts, !sameParts) : noLastReport;
    for (const path of replaced.keys())
      subtractCounts(postCounts, countsOfReportLine(JSON.parse(oldLine(path)) as ReportPost));
    const dirty = new Set<number>();
    if (sameParts) {
      for (const path of replaced.keys()) dirty.add(reportPartOf(path, parts));
      for (const row of rows) if (!row.kept) dirty.add(reportPartOf(row.rel, parts));
    } else for (let part = 0; part < parts; part++) dirty.add(part);
    const members = new Map<number, PostRow[]>();
    for (const row of rows) {
      const part = reportPartOf(row.rel, parts);
      if (!dirty.has(part)) continue;
      const list = members.get(part);
      if (list) list.push(row);
      else members.set(part, [row]);
    }
    mkdirSync(join(outDir, 'report'), { recursive: true });
    for (const part of [...dirty].sort((a, b) => a - b)) {
      const fresh = join(spillDir, 'report', `${part}.jsonl`);
      const partRows = members.get(part) ?? [];
      // A part whose posts were all extracted now (a first build) is its spill file as it stands: lines were added
      // in walk order. Moved, not copied (unless the cache is on another file system).
      if (partRows.length > 0 && partRows.every((row) => !row.kept) && existsSync(fresh)) {
        try {
          renameSync(fresh, reportPartPath(outDir, part));
          continue;
        } catch {
          // written below
        }
      }
      const freshLines = existsSync(fresh) ? readFileSync(fresh, 'utf8').split('\n') : [];
      let next = 0;
      writeStreamAtomic(reportPartPath(outDir, part), (emit) => {
        for (const row of partRows) emit(`${row.kept ? oldLine(row.rel) : freshLines[next++]}\n`);
      });
    }
    const partNames = new Set(Array.from({ length: parts }, (_, part) => reportPartFile(part).slice('report/'.length)));
    for (const name of readdirSync(join(outDir, 'report'))) {
      if (!partNames.has(name)) rmSync(join(outDir, 'report', name), { force: true });
    }

    // The index, density and report.json; then the state that describes them.
    const monthList = Object.keys(months).sort();
    const index: EventsIndex = {
      schemaVersion: SCHEMA_VERSION,
      generatedAt,
      chunks: monthList.map((month) => ({ file: `events/${month}.json`, month, count: months[month].count })),
    };
    writeFileAtomic(join(outDir, 'events.json'), `${JSON.stringify(index)}\n`);
    writeFileAtomic(join(outDir, 'density.json'), JSON.stringify(sumDensity(monthList.map((m) => months[m].density))));
    const chunkNames = new Set(monthList.map((month) => `${month}.json`));
    for (const name of readdirSync(join(outDir, 'events'))) {
      if (!chunkNames.has(name)) rmSync(join(outDir, 'events', name), { force: true });
    }
    const counts = totals(postCounts, months);
    const head = JSON.stringify({
      schemaVersion: SCHEMA_VERSION,
      generatedAt,
      postsDir,
      extractorVersion: version,
      summary: counts,
    });
    // Events folded into another (the same event told by several posts): id → the id it became part of, each month's
    // as the text of its members (each id is in one month's merges once, and none is an array index: the text is
    // what JSON.stringify of the whole object would give).
    const mergedText = monthList
      .map((month) => months[month].mergedJson)
      .filter(Boolean)
      .join(',');
    // The post lines, in walk order within each part; every post is in exactly one part.
    const partFiles = Array.from({ length: parts }, (_, part) => reportPartFile(part));
    const reportText = `${head.slice(0, -1)},"merged":{${mergedText}},"parts":${JSON.stringify(partFiles)}}\n`;
    writeFileAtomic(join(outDir, 'report.json'), reportText);

    if (cacheDir) {
      const state: BuildState = {
        version,
        postsDir,
        outDir,
        generatedAt,
        summary: postCounts,
        reportParts: parts,
        reportBytes: Buffer.byteLength(reportText),
        posts: {
          paths: rows.map((row) => row.rel),
          sizes: Float64Array.from(rows, (row) => row.size),
          mtimes: Float64Array.from(rows, (row) => row.mtimeMs),
          keys: rows.map((row) => row.key ?? ''),
          months: rows.map((row) => row.months),
        },
        months,
      };
      writeFileAtomic(statePathOf(cacheDir), serializeState(state));
    }
    const fromCache = rows.length - tasks.length + sameContent;
    return {
      ...counts,
      fromCache,
      extracted: rows.length - fromCache,
      megabytes: Math.round(bytes / 1e4) / 100,
      seconds: seconds(performance.now() - started),
      extractorVersion: version,
      phases: timing(),
    };
  } finally {
    await workers?.close();
    rmSync(cacheDir ? spillDir : stateRoot, { recursive: true, force: true });
  }
};

/** The summary: per-post counts plus the events and merges the months came to. */
const totals = (postCounts: BuildCounts, months: Record<string, MonthSummary>): BuildCounts => {
  const counts = structuredClone(postCounts);
  counts.events = 0;
  counts.merged = 0;
  for (const month of Object.values(months)) {
    counts.events += month.count;
    counts.merged += month.merged;
  }
  return counts;
};

/**
 * Month files not described by a trusted state are stale: start from nothing (and drop the one-file-per-post cache
 * of earlier versions, and their states).
 */
const forgetEarlierBuilds = (monthsDir: string, cacheDir: string | null) => {
  rmSync(monthsDir, { recursive: true, force: true });
  mkdirSync(monthsDir, { recursive: true });
  if (!cacheDir) return;
  for (const name of readdirSync(cacheDir)) {
    if (/^[0-9a-f]{2}$/.test(name) || name === 'manifest.json' || OLD_STATE_NAMES.includes(name)) {
      rmSync(join(cacheDir, name), { recursive: true });
    }
  }
};

export const folderExists = (path: string): boolean => existsSync(path) && statSync(path).isDirectory();
