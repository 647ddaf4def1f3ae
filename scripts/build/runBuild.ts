import { appendFileSync, existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { SCHEMA_VERSION, type AtlasEvent, type Precision } from '../../src/model/event.ts';
import { densityOf } from '../extract/density.ts';
import { mergeGroup, planMerges, type MergeKey } from '../extract/mergeDuplicates.ts';
import { addCounts, emptyCounts, renameMerged, type BuildCounts, type ReportPost } from './buildReport.ts';
import { EventSpill } from './eventSpill.ts';
import { readLines } from './readLines.ts';
import { createFileExtractor, type FileResult, type FileTask } from './extractFiles.ts';
import { extractorVersion } from './extractorVersion.ts';
import { createProgress } from './progress.ts';
import { walkPosts } from './walkPosts.ts';
import { extractInWorkers } from './workerPool.ts';
import { writeFileAtomic, writeStreamAtomic } from './writeAtomic.ts';

export interface BuildOptions {
  postsDir: string;
  outDir: string;
  /** Folder of the content-hash cache, or null to extract everything afresh and keep nothing. */
  cacheDir: string | null;
  /** Worker threads; 1 (or a small folder) extracts in the main thread. */
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

/** Below this many posts to extract, starting workers (each loads the gazetteer) costs more than it saves. */
const WORKER_THRESHOLD = 200;
const seconds = (ms: number) => Math.round(ms / 10) / 100;
const PRECISIONS: readonly Precision[] = ['day', 'month', 'year'];

interface Manifest {
  version: string;
  /** relative path → [size, mtimeMs, content key] */
  files: Record<string, [number, number, string]>;
}

const readManifest = (path: string, version: string): Manifest => {
  try {
    const manifest = JSON.parse(readFileSync(path, 'utf8')) as Manifest;
    if (manifest.version === version && manifest.files) return manifest;
  } catch {
    // no manifest yet, or a damaged one: start afresh
  }
  return { version, files: {} };
};

/**
 * The prebuild: every post under postsDir → events.json, density.json and report.json in outDir, written
 * atomically. Unchanged posts (same size and mtime, or same content) come from the cache. One bad post never
 * stops the run; the report says what happened to each. Memory stays flat in the archive size: results are taken
 * in post order as they arrive, events are parked on disk by month (EventSpill) and report lines in a file, and
 * only small keys stay in memory for merging, sorting and counting.
 */
export const runBuild = async (options: BuildOptions): Promise<BuildSummary> => {
  const started = performance.now();
  const postsDir = resolve(options.postsDir);
  const outDir = resolve(options.outDir);
  const version = extractorVersion();
  const cacheDir = options.cacheDir ? resolve(options.cacheDir) : null;
  const manifestPath = cacheDir ? join(cacheDir, 'manifest.json') : null;
  const manifest = manifestPath ? readManifest(manifestPath, version) : { version, files: {} };

  const tasks: FileTask[] = walkPosts(postsDir).map((rel) => {
    const abs = join(postsDir, rel);
    const known = manifest.files[rel];
    let same: FileTask['known'] = null;
    if (known) {
      try {
        const stat = statSync(abs);
        if (stat.size === known[0] && stat.mtimeMs === known[1])
          same = { key: known[2], size: known[0], mtimeMs: known[1] };
      } catch {
        // unreadable now: the extractor will say so
      }
    }
    return { rel, abs, known: same };
  });

  const scanned = performance.now();
  mkdirSync(outDir, { recursive: true });
  const spillDir = join(outDir, `.spill-${process.pid}`);
  const spill = new EventSpill(spillDir);
  const reportSpill = join(spillDir, 'report.jsonl');
  const counts = emptyCounts();
  const files: Manifest['files'] = {};
  // Per event, in post order: the keys merging, sorting and density need.
  const mergeKeys: MergeKey[] = [];
  const ids: string[] = [];
  const t0s: number[] = [];
  /** 0 day, 1 month, 2 year. */
  const precisions: number[] = [];
  const postOfEvent: number[] = [];
  let reportBuffer = '';
  let fromCache = 0;
  let bytes = 0;

  const take = (index: number, result: FileResult) => {
    const output = result.output;
    for (const event of output.events) {
      spill.add(ids.length, event.t0, event.json);
      mergeKeys.push(event.merge);
      ids.push(event.id);
      t0s.push(event.t0);
      precisions.push(PRECISIONS.indexOf(event.precision));
      postOfEvent.push(index);
    }
    reportBuffer += `${output.report}\n`;
    if (reportBuffer.length > 1 << 18) {
      appendFileSync(reportSpill, reportBuffer);
      reportBuffer = '';
    }
    addCounts(counts, output.counts);
    if (result.fromCache) fromCache++;
    bytes += result.bytes;
    if (result.key) files[tasks[index].rel] = [result.size, result.mtimeMs, result.key];
  };

  const progress = createProgress(tasks.length, options.progress);
  try {
    if (options.workers > 1 && tasks.filter((task) => !task.known).length >= WORKER_THRESHOLD) {
      await extractInWorkers(tasks, {
        workers: options.workers,
        cacheDir,
        version,
        onProgress: progress.update,
        onResult: take,
      });
    } else {
      const extract = createFileExtractor(cacheDir, version);
      tasks.forEach((task, i) => {
        if (i % 100 === 0) progress.update(i);
        take(i, extract(task));
      });
    }
  } finally {
    progress.stop();
  }
  appendFileSync(reportSpill, reportBuffer);
  const extracted = performance.now();

  // Merging: decided on the keys; the few events that merge are parsed when their month is written.
  const groups = planMerges(mergeKeys);
  const groupOf = new Map<number, number[]>();
  for (const group of groups) for (const ordinal of group) groupOf.set(ordinal, group);
  const mergedInto = new Map<string, string>();
  const postsWithMerges = new Set<number>();
  const keptForDensity: Array<Pick<AtlasEvent, 'date'>> = [];
  const generatedAt = new Date().toISOString();
  let written = 0;

  writeStreamAtomic(join(outDir, 'events.json'), (emit) => {
    emit(`{"schemaVersion":${SCHEMA_VERSION},"generatedAt":"${generatedAt}","events":[`);
    for (const month of spill.monthsInOrder()) {
      const rows: Array<{ t0: number; id: string; json: string }> = [];
      const members = new Map<number, string>();
      for (const [ordinal, json] of month) {
        if (groupOf.has(ordinal)) members.set(ordinal, json);
        else rows.push({ t0: t0s[ordinal], id: ids[ordinal], json });
      }
      // A group's members share their date, hence their month: they are all here.
      const done = new Set<number[]>();
      for (const ordinal of members.keys()) {
        const group = groupOf.get(ordinal) as number[];
        if (done.has(group)) continue;
        done.add(group);
        const merged = mergeGroup(group.map((member) => JSON.parse(members.get(member) as string) as AtlasEvent));
        for (const member of group) {
          if (ids[member] !== merged.id) mergedInto.set(ids[member], merged.id);
          postsWithMerges.add(postOfEvent[member]);
        }
        rows.push({ t0: merged.t0, id: merged.id, json: JSON.stringify(merged) });
      }
      rows.sort((a, b) => a.t0 - b.t0 || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      for (const row of rows) emit((written++ === 0 ? '\n' : ',\n') + row.json);
    }
    emit('\n]}\n');
  });
  ids.forEach((id, ordinal) => {
    if (!mergedInto.has(id))
      keptForDensity.push({
        date: { start: mergeKeys[ordinal].start, end: null, precision: PRECISIONS[precisions[ordinal]], written: '' },
      });
  });
  writeFileAtomic(join(outDir, 'density.json'), JSON.stringify(densityOf(keptForDensity as AtlasEvent[])));
  counts.events = written;
  counts.merged = mergedInto.size;

  writeStreamAtomic(join(outDir, 'report.json'), (emit) => {
    const header = { schemaVersion: SCHEMA_VERSION, generatedAt, postsDir, extractorVersion: version, summary: counts };
    emit(`${JSON.stringify(header).slice(0, -1)},"posts":[`);
    let index = 0;
    for (const line of readLines(reportSpill)) {
      const text = postsWithMerges.has(index)
        ? JSON.stringify(renameMerged(JSON.parse(line) as ReportPost, mergedInto))
        : line;
      emit((index++ === 0 ? '\n' : ',\n') + text);
    }
    emit('\n]}\n');
  });
  spill.remove();
  rmSync(spillDir, { recursive: true, force: true });

  if (manifestPath) writeFileAtomic(manifestPath, JSON.stringify({ version, files }));
  return {
    ...counts,
    fromCache,
    extracted: tasks.length - fromCache,
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
