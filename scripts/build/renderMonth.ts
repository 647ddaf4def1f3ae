import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { threadId } from 'node:worker_threads';
import type { AtlasEvent, DensityFile } from '../../src/model/event.ts';
import { SCHEMA_VERSION } from '../../src/model/schemaVersion.ts';
import { densityOf } from '../extract/density.ts';
import { mergeGroup, planMerges } from '../extract/mergeDuplicates.ts';
import { parseEventLines, type StoredEventLine } from './monthLines.ts';
import { concatBytes, writeFileAtomic } from './writeAtomic.ts';

/** What the build remembers of a month between runs (the events themselves are in the month's state file). */
export interface MonthSummary {
  /** Events written for the month, after merging. */
  count: number;
  /** [merged id, id of the event it became part of]. */
  merged: Array<[string, string]>;
  /** The month's share of density.json (counts add up across months). */
  density: Omit<DensityFile, 'schemaVersion'>;
}

export interface MonthJob {
  month: string;
  /** The month's state: a folder of files of event lines (what earlier runs extracted). */
  stateDir: string;
  /** Posts (paths) whose lines in the state must go: changed or removed since. */
  skip: string[];
  /** This run's new lines for the month (files the extracting threads wrote). */
  newFiles: string[];
  /** Where the month's output chunk goes. */
  chunkPath: string;
  generatedAt: string;
}

/** A month's state is rewritten as one file when it would otherwise be this many files or more. */
const MAX_STATE_FILES = 8;

const PRECISION_BY_LENGTH = { 4: 'year', 7: 'month', 10: 'day' } as const;

/** The density share of events given by their start dates ("2022", "2022-01", "2022-01-26": precision by length). */
const densityOfStarts = (starts: readonly string[]): MonthSummary['density'] => {
  const { day, month, year } = densityOf(
    starts.map((start) => ({ date: { start, precision: PRECISION_BY_LENGTH[start.length as 4 | 7 | 10] ?? 'year' } })),
  );
  return { day, month, year };
};

const byTimeThenId = (a: { t0: number; id: string }, b: { t0: number; id: string }) =>
  a.t0 - b.t0 || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * One month of output from its event lines (the state's, less the skipped posts', plus the new): merge the same event
 * told by several posts (they share a date, so a month holds every group whole), sort by time, write the chunk (an
 * EventsFile), keep the unmerged lines as the month's state for the next run, and return what the build keeps of
 * it. A month left with no events has its chunk and state removed. Runs in worker threads or in the main thread.
 */
export const renderMonth = (job: MonthJob): MonthSummary => {
  const stateFiles = existsSync(job.stateDir)
    ? readdirSync(job.stateDir)
        .sort()
        .map((name) => join(job.stateDir, name))
    : [];
  const skip = job.skip.length ? new Set(job.skip.map((rel) => JSON.stringify(rel))) : null;
  // Read as bytes: the events' JSON is copied to the chunk undecoded (see parseEventLines).
  const lines: StoredEventLine[] = [];
  for (const file of stateFiles) parseEventLines(readFileSync(file), skip, lines);
  const newFiles = job.newFiles.filter((file) => existsSync(file));
  for (const file of newFiles) parseEventLines(readFileSync(file), null, lines);
  if (lines.length === 0) {
    rmSync(job.chunkPath, { force: true });
    rmSync(job.stateDir, { recursive: true, force: true });
    return { count: 0, merged: [], density: { day: [], month: [], year: [] } };
  }

  // Post order (walk order; a post's own events in their order): the first caption of a group leads it, as in a
  // build that reads the posts one by one, and the state file does not depend on which thread wrote what.
  lines.sort((a, b) => (a.post < b.post ? -1 : a.post > b.post ? 1 : 0));
  const rows: Array<{ t0: number; id: string; start: string; json: string | Buffer }> = [];
  const merged: Array<[string, string]> = [];
  const inGroup = new Set<number>();
  for (const group of planMerges(lines.map((line) => line.merge))) {
    const event = mergeGroup(group.map((i) => JSON.parse(lines[i].json.toString()) as AtlasEvent));
    for (const i of group) {
      inGroup.add(i);
      if (lines[i].id !== event.id) merged.push([lines[i].id, event.id]);
    }
    rows.push({ t0: event.t0, id: event.id, start: event.date.start, json: JSON.stringify(event) });
  }
  lines.forEach((line, i) => {
    if (!inGroup.has(i)) rows.push({ t0: line.t0, id: line.id, start: line.merge.start, json: line.json });
  });
  rows.sort(byTimeThenId);

  // The state: new files are moved in as they are (a first build writes no event twice); when posts went or the
  // files pile up, the month's lines are written again as one file.
  mkdirSync(job.stateDir, { recursive: true });
  const unique = `${Date.now().toString(36)}-${process.pid}-${threadId}`;
  if (skip || stateFiles.length + newFiles.length >= MAX_STATE_FILES) {
    // A file's last line may lack its line break (a run stopped mid-write): every line gets one.
    const raws = lines.map((line) =>
      line.raw[line.raw.length - 1] === 0x0a ? line.raw : concatBytes([line.raw, '\n']),
    );
    writeFileAtomic(join(job.stateDir, `${unique}.tsv`), concatBytes(raws));
    for (const file of stateFiles) rmSync(file, { force: true });
    for (const file of newFiles) rmSync(file, { force: true });
  } else {
    newFiles.forEach((file, i) => renameSync(file, join(job.stateDir, `${unique}-${i}.tsv`)));
  }
  const pieces: Array<string | Uint8Array> = [
    `{"schemaVersion":${SCHEMA_VERSION},"generatedAt":"${job.generatedAt}","events":[`,
  ];
  rows.forEach((row, i) => pieces.push(i === 0 ? '\n' : ',\n', row.json));
  pieces.push('\n]}\n');
  writeFileAtomic(job.chunkPath, concatBytes(pieces));
  return { count: rows.length, merged, density: densityOfStarts(rows.map((row) => row.start)) };
};

/** density.json from the months' shares. */
export const sumDensity = (shares: Iterable<MonthSummary['density']>): DensityFile => {
  const levels = { day: new Map<number, number>(), month: new Map<number, number>(), year: new Map<number, number>() };
  for (const share of shares) {
    for (const level of ['day', 'month', 'year'] as const) {
      for (const [bucket, n] of share[level]) levels[level].set(bucket, (levels[level].get(bucket) ?? 0) + n);
    }
  }
  const sorted = (counts: Map<number, number>): Array<[number, number]> =>
    [...counts.entries()].sort((a, b) => a[0] - b[0]);
  return {
    schemaVersion: SCHEMA_VERSION,
    day: sorted(levels.day),
    month: sorted(levels.month),
    year: sorted(levels.year),
  };
};
