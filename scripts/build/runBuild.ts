import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { SCHEMA_VERSION, type AtlasEvent } from '../../src/model/event.ts';
import { densityOf } from '../extract/density.ts';
import type { PostExtraction } from '../extract/extractPost.ts';
import { mergeDuplicates } from '../extract/mergeDuplicates.ts';
import { buildReport, type BuildCounts } from './buildReport.ts';
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
}

/** Below this many posts to extract, starting workers (each loads the gazetteer) costs more than it saves. */
const WORKER_THRESHOLD = 200;

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

const byTime = (a: AtlasEvent, b: AtlasEvent) => a.t0 - b.t0 || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The prebuild: every post under postsDir → events.json, density.json and report.json in outDir, written
 * atomically. Unchanged posts (same size and mtime, or same content) come from the cache. One bad post never
 * stops the run; the report says what happened to each.
 */
export const runBuild = async (options: BuildOptions): Promise<BuildSummary> => {
  const started = performance.now();
  const postsDir = resolve(options.postsDir);
  const version = extractorVersion();
  const cacheDir = options.cacheDir ? resolve(options.cacheDir) : null;
  const manifestPath = cacheDir ? join(cacheDir, 'manifest.json') : null;
  const manifest = manifestPath ? readManifest(manifestPath, version) : { version, files: {} };

  const tasks: FileTask[] = walkPosts(postsDir).map((rel) => {
    const abs = join(postsDir, rel);
    const known = manifest.files[rel];
    let knownKey: string | null = null;
    if (known) {
      try {
        const stat = statSync(abs);
        if (stat.size === known[0] && stat.mtimeMs === known[1]) knownKey = known[2];
      } catch {
        // unreadable now: the extractor will say so
      }
    }
    return { rel, abs, knownKey };
  });

  const progress = createProgress(tasks.length, options.progress);
  let results: FileResult[];
  if (options.workers > 1 && tasks.filter((task) => !task.knownKey).length >= WORKER_THRESHOLD) {
    results = await extractInWorkers(tasks, {
      workers: options.workers,
      cacheDir,
      version,
      onProgress: progress.update,
    });
  } else {
    const extract = createFileExtractor(cacheDir, version);
    results = tasks.map((task, i) => {
      if (i % 100 === 0) progress.update(i);
      return extract(task);
    });
  }
  progress.stop();

  const extractions: PostExtraction[] = results.map((result) => result.extraction);
  const merge = mergeDuplicates(extractions.flatMap((extraction) => extraction.events));
  const events = merge.events.sort(byTime);
  const { posts, counts } = buildReport(extractions, merge.mergedInto, events.length);
  const generatedAt = new Date().toISOString();

  mkdirSync(options.outDir, { recursive: true });
  writeStreamAtomic(join(options.outDir, 'events.json'), (emit) => {
    emit(`{"schemaVersion":${SCHEMA_VERSION},"generatedAt":"${generatedAt}","events":[`);
    events.forEach((event, i) => emit((i === 0 ? '\n' : ',\n') + JSON.stringify(event)));
    emit('\n]}\n');
  });
  writeFileAtomic(join(options.outDir, 'density.json'), JSON.stringify(densityOf(events)));

  const summary: BuildSummary = {
    ...counts,
    fromCache: results.filter((result) => result.fromCache).length,
    extracted: results.filter((result) => !result.fromCache).length,
    megabytes: Math.round(results.reduce((sum, result) => sum + result.bytes, 0) / 1e4) / 100,
    seconds: 0,
    extractorVersion: version,
  };
  writeStreamAtomic(join(options.outDir, 'report.json'), (emit) => {
    const header = { schemaVersion: SCHEMA_VERSION, generatedAt, postsDir, extractorVersion: version, summary: counts };
    emit(`${JSON.stringify(header).slice(0, -1)},"posts":[`);
    posts.forEach((post, i) => emit((i === 0 ? '\n' : ',\n') + JSON.stringify(post)));
    emit('\n]}\n');
  });

  if (manifestPath) {
    const files: Manifest['files'] = {};
    results.forEach((result, i) => {
      if (result.key) files[tasks[i].rel] = [result.size, result.mtimeMs, result.key];
    });
    writeFileAtomic(manifestPath, JSON.stringify({ version, files }));
  }
  summary.seconds = Math.round((performance.now() - started) / 10) / 100;
  return summary;
};

export const folderExists = (path: string): boolean => existsSync(path) && statSync(path).isDirectory();
