import {
  densityFileSchema,
  eventsFileSchema,
  eventsIndexSchema,
  type AtlasEvent,
  type DensityFile,
  type EventsIndex,
} from '../model/event.ts';
import { fail, ok, type Result } from '../model/result.ts';
import type { EventTable } from './eventTable.ts';
import { benchEventsToTable, isBenchPayload, type NameLookup } from './benchEventsToTable.ts';
import { buildEventTable } from './buildEventTable.ts';

/** A zod error as one line a person can act on: where the first problem is, what it is, and how many more. */
function describeIssues(issues: readonly { path: readonly PropertyKey[]; message: string }[]): string {
  const [first] = issues;
  const where = first.path.length ? first.path.map(String).join('.') : '(top level)';
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more problem${issues.length > 2 ? 's' : ''})` : '';
  return `${where}: ${first.message}${more}`;
}

/** Parsed events JSON (events.json, or the benchmark's array) to the table, or a clear reason why not. */
export function parseEventsPayload(json: unknown, gazetteer?: NameLookup): Result<EventTable> {
  if (isBenchPayload(json)) return benchEventsToTable(json, gazetteer);
  const parsed = eventsFileSchema.safeParse(json);
  if (!parsed.success)
    return fail('bad-events-file', `events.json does not match the schema: ${describeIssues(parsed.error.issues)}`);
  return ok(buildEventTable(parsed.data.events));
}

/** An events.json that lists month chunks rather than holding the events (told apart by its `chunks` key). */
export function isEventsIndexPayload(json: unknown): boolean {
  return typeof json === 'object' && json !== null && !Array.isArray(json) && 'chunks' in json;
}

/** Parsed events.json index, or a reason. */
export function parseEventsIndex(json: unknown): Result<EventsIndex> {
  const parsed = eventsIndexSchema.safeParse(json);
  return parsed.success
    ? ok(parsed.data)
    : fail('bad-events-index', `events.json (index) does not match the schema: ${describeIssues(parsed.error.issues)}`);
}

/** One parsed month chunk's events, or a reason naming the chunk file. */
export function parseEventsChunk(json: unknown, file: string): Result<AtlasEvent[]> {
  const parsed = eventsFileSchema.safeParse(json);
  return parsed.success
    ? ok(parsed.data.events)
    : fail('bad-events-chunk', `${file} does not match the schema: ${describeIssues(parsed.error.issues)}`);
}

/** Parsed density.json, or a reason; the timeline bins the table itself when there is none. */
export function parseDensityPayload(json: unknown): Result<DensityFile> {
  const parsed = densityFileSchema.safeParse(json);
  return parsed.success
    ? ok(parsed.data)
    : fail('bad-density-file', `density.json does not match the schema: ${describeIssues(parsed.error.issues)}`);
}
