import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { threadId } from 'node:worker_threads';
import type { AtlasEvent, DensityFile } from '../../src/model/event.ts';
import { SCHEMA_VERSION } from '../../src/model/schemaVersion.ts';
import { densityOf } from '../extract/density.ts';
import { mergeGroup, planMerges } from '../extract/mergeDuplicates.ts';
import { parseEventLines, StoredEventLine } from './monthLines.ts';
import { writeFileAtomic } from './writeAtomic.ts';

/** What the build remembers of a month between runs (the events themselves are in the month's state file). */
export interface MonthSummary {
  /** Events written for the month, after merging. */
  count: number;
  /** Events folded into another. */
  merged: number;
  /**
   * Those folds as members of a JSON object, `"merged id":"id it became part of",…` ('' for none): report.json's
   * `merged` is the months' texts joined, so a re-run neither keeps nor makes 48k pairs (100k posts) to write it.
   */
  mergedJson: string;
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

/**
 * The density share of events given by their start dates ("2022", "2022-01", "2022-01-26": precision by length).
 * A month's events share a few dozen distinct starts: each is placed in its buckets once, then counted.
 */
const densityOfStarts = (starts: readonly string[]): MonthSummary['density'] => {
  const times = new Map<string, number>();
  for (const start of starts) times.set(start, (times.get(start) ?? 0) + 1);
  const levels = { day: new Map<number, number>(), month: new Map<number, number>(), year: new Map<number, number>() };
  for (const [start, n] of times) {
    const precision = PRECISION_BY_LENGTH[start.length as 4 | 7 | 10] ?? 'year';
    const share = densityOf([{ date: { start, precision } }]);
    for (const level of ['day', 'month', 'year'] as const) {
      for (const [bucket] of share[level]) levels[level].set(bucket, (levels[level].get(bucket) ?? 0) + n);
    }
  }
  const sorted = (counts: Map<number, number>): Array<[number, number]> =>
    [...counts.entries()].sort((a, b) => a[0] - b[0]);
  return { day: sorted(levels.day), month: sorted(levels.month), year: sorted(levels.year) };
};

/** The lines as one file, each with its line break (a file's last line may lack one: a run stopped mid-write). */
const linesAsBytes = (lines: readonly StoredEventLine[]): Buffer => {
  let length = 0;
  for (const line of lines) length += line.lineEnd - line.lineStart + (line.bytes[line.lineEnd - 1] === 0x0a ? 0 : 1);
  const out = Buffer.allocUnsafe(length);
  let at = 0;
  for (const line of lines) {
    at += line.bytes.copy(out, at, line.lineStart, line.lineEnd);
    if (out[at - 1] !== 0x0a) out[at++] = 0x0a;
  }
  return out;
};

/** A month's chunk (an EventsFile), one event a line: made JSON, or bytes copied from the month's lines. */
const chunkBytes = (generatedAt: string, events: ReadonlyArray<string | StoredEventLine>): Buffer => {
  const head = `{"schemaVersion":${SCHEMA_VERSION},"generatedAt":"${generatedAt}","events":[`;
  const tail = '\n]}\n';
  let length = Buffer.byteLength(head) + tail.length;
  for (const event of events) {
    length += 2 + (typeof event === 'string' ? Buffer.byteLength(event) : event.jsonEnd - event.jsonStart);
  }
  const out = Buffer.allocUnsafe(length - (events.length > 0 ? 1 : 0));
  let at = out.write(head, 0);
  events.forEach((event, i) => {
    at += out.write(i === 0 ? '\n' : ',\n', at);
    at += typeof event === 'string' ? out.write(event, at) : event.bytes.copy(out, at, event.jsonStart, event.jsonEnd);
  });
  at += out.write(tail, at);
  return out.subarray(0, at);
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
    return { count: 0, merged: 0, mergedJson: '', density: { day: [], month: [], year: [] } };
  }

  // Post order (walk order; a post's own events in their order): the first caption of a group leads it, as in a
  // build that reads the posts one by one, and the state file does not depend on which thread wrote what.
  lines.sort((a, b) => (a.post < b.post ? -1 : a.post > b.post ? 1 : 0));
  // A row is a merged event (its JSON made here) or a line whose event's JSON is copied from the month's bytes.
  const rows: Array<{ t0: number; id: string; start: string; json: string | StoredEventLine }> = [];
  const merged: string[] = [];
  const inGroup = new Uint8Array(lines.length);
  for (const group of planMerges(lines.map((line) => line.merge))) {
    const event = mergeGroup(group.map((i) => JSON.parse(lines[i].json.toString()) as AtlasEvent));
    for (const i of group) {
      inGroup[i] = 1;
      if (lines[i].id !== event.id) merged.push(`${JSON.stringify(lines[i].id)}:${JSON.stringify(event.id)}`);
    }
    rows.push({ t0: event.t0, id: event.id, start: event.date.start, json: JSON.stringify(event) });
  }
  lines.forEach((line, i) => {
    if (!inGroup[i]) rows.push({ t0: line.t0, id: line.id, start: line.merge.start, json: line });
  });
  rows.sort(byTimeThenId);

  // The state: new files are moved in as they are (a first build writes no event twice); when posts went or the
  // files pile up, the month's lines are written again as one file.
  mkdirSync(job.stateDir, { recursive: true });
  const unique = `${Date.now().toString(36)}-${process.pid}-${threadId}`;
  if (skip || stateFiles.length + newFiles.length >= MAX_STATE_FILES) {
    writeFileAtomic(join(job.stateDir, `${unique}.tsv`), linesAsBytes(lines));
    for (const file of stateFiles) rmSync(file, { force: true });
    for (const file of newFiles) rmSync(file, { force: true });
  } else {
    newFiles.forEach((file, i) => renameSync(file, join(job.stateDir, `${unique}-${i}.tsv`)));
  }
  writeFileAtomic(
    job.chunkPath,
    chunkBytes(
      job.generatedAt,
      rows.map((row) => row.json),
    ),
  );
  return {
    count: rows.length,
    merged: merged.length,
    mergedJson: merged.join(','),
    density: densityOfStarts(rows.map((row) => row.start)),
  };
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
