import { existsSync, readFileSync, rmSync } from 'node:fs';
import type { AtlasEvent, DensityFile } from '../../src/model/event.ts';
import { SCHEMA_VERSION } from '../../src/model/schemaVersion.ts';
import { densityOf } from '../extract/density.ts';
import { mergeGroup, planMerges } from '../extract/mergeDuplicates.ts';
import { formatEventLine, parseEventLines, type EventLine } from './monthLines.ts';
import { writeStreamAtomic } from './writeAtomic.ts';

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
  /** Files of event lines for this month: the last run's state file and this run's new lines. */
  sources: Array<{ file: string; skip: string[] }>;
  /** Where the month's output chunk and its state file go; the state file may be one of the sources. */
  chunkPath: string;
  statePath: string;
  generatedAt: string;
}

const PRECISION_BY_LENGTH = { 4: 'year', 7: 'month', 10: 'day' } as const;

/** The density share of events given by their start dates ("2022", "2022-01", "2022-01-26": precision by length). */
const densityOfStarts = (starts: readonly string[]): MonthSummary['density'] => {
  const dated = starts.map(
    (start) =>
      ({
        date: { start, precision: PRECISION_BY_LENGTH[start.length as 4 | 7 | 10] ?? 'year' },
      }) as AtlasEvent,
  );
  const { day, month, year } = densityOf(dated);
  return { day, month, year };
};

const byTimeThenId = (a: { t0: number; id: string }, b: { t0: number; id: string }) =>
  a.t0 - b.t0 || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * One month of output from its event lines: merge the same event told by several posts (they share a date, so a
 * month holds every group whole), sort by time, write the chunk (an EventsFile) and the month's state file (the
 * unmerged lines, for the next run), and return what the build keeps of it. A month left with no events has both
 * files removed. Runs in worker threads or in the main thread.
 */
export const renderMonth = (job: MonthJob): MonthSummary => {
  const lines: EventLine[] = [];
  for (const source of job.sources) {
    if (!existsSync(source.file)) continue;
    const skip = source.skip.length ? new Set(source.skip.map((rel) => JSON.stringify(rel))) : null;
    for (const line of parseEventLines(readFileSync(source.file, 'utf8'), skip)) lines.push(line);
  }
  if (lines.length === 0) {
    rmSync(job.chunkPath, { force: true });
    rmSync(job.statePath, { force: true });
    return { count: 0, merged: [], density: { day: [], month: [], year: [] } };
  }

  // Post order (walk order; a post's own events in their order): the first caption of a group leads it, as in a
  // build that reads the posts one by one, and the state file does not depend on which thread wrote what.
  lines.sort((a, b) => (a.post < b.post ? -1 : a.post > b.post ? 1 : 0));
  const rows: Array<{ t0: number; id: string; start: string; json: string }> = [];
  const merged: Array<[string, string]> = [];
  const inGroup = new Set<number>();
  for (const group of planMerges(lines.map((line) => line.merge))) {
    const event = mergeGroup(group.map((i) => JSON.parse(lines[i].json) as AtlasEvent));
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

  writeStreamAtomic(job.statePath, (emit) => {
    for (const line of lines) emit(formatEventLine(line));
  });
  writeStreamAtomic(job.chunkPath, (emit) => {
    emit(`{"schemaVersion":${SCHEMA_VERSION},"generatedAt":"${job.generatedAt}","events":[`);
    rows.forEach((row, i) => emit((i === 0 ? '\n' : ',\n') + row.json));
    emit('\n]}\n');
  });
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
