import type { AtlasEvent, DensityFile } from '../model/event.ts';
import { fail, ok, type Result } from '../model/result.ts';
import type { EventTable } from './eventTable.ts';
import type { NameLookup } from './benchEventsToTable.ts';
import { createEventTableBuilder } from './buildEventTable.ts';
import { chunkUrl, dataUrls } from './dataUrls.ts';
import { loadChunksInOrder } from './loadChunksInOrder.ts';
import {
  isEventsIndexPayload,
  parseDensityPayload,
  parseEventsChunk,
  parseEventsIndex,
  parseEventsPayload,
} from './parseEventsPayload.ts';

/** How far an index's month chunks have got: chunks added to the table so far, of all, and the events they held. */
export interface LoadProgress {
  chunks: number;
  totalChunks: number;
  events: number;
}

export interface AtlasData {
  table: EventTable | null;
  density: DensityFile | null;
  error: string | null;
}

async function fetchJson(url: string): Promise<unknown> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.json();
}

/** A chunk that could not be used, with the reason and the message naming it. */
type Failure = Extract<Result<unknown>, { ok: false }>;

const errorText = (error: unknown) => String(error instanceof Error ? error.message : error);

/** One month chunk's events; never rejects: a chunk off the page's origin, missing or malformed is a reason naming it. */
async function loadChunk(file: string, indexUrl: string, pageUrl: string): Promise<Result<AtlasEvent[]>> {
  const url = chunkUrl(file, indexUrl, pageUrl);
  if (url === null)
    return fail('chunk-off-origin', `Refused the events chunk ${file}: it is not on this page's origin`);
  try {
    return parseEventsChunk(await fetchJson(url), file);
  } catch (error) {
    return fail('chunk-unreadable', `Could not load the events chunk ${file}: ${errorText(error)}`);
  }
}

/** Chunks fetched and parsed at once, at most; each is copied into the table and dropped before the next is fetched. */
export const CHUNKS_IN_FLIGHT = 4;

/**
 * An index's month chunks, fetched a few at a time and copied into the table in the index's order as they come (the
 * builder re-sorts if the index breaks time order), so only a few parsed chunks are ever alive at once. After a
 * failure the rest are still read, only to count the failures for the message, and nothing more is added.
 */
async function loadIndexedEvents(
  json: unknown,
  indexUrl: string,
  pageUrl: string,
  onProgress?: (done: LoadProgress) => void,
): Promise<Result<EventTable>> {
  const index = parseEventsIndex(json);
  if (!index.ok) return index;
  const { chunks } = index.value;
  const builder = createEventTableBuilder(chunks.reduce((total, chunk) => total + chunk.count, 0));
  const failures: Failure[] = [];
  let events = 0;
  // Reported once before the first chunk, so a page can show the number of months as soon as the index is in.
  onProgress?.({ chunks: 0, totalChunks: chunks.length, events });
  await loadChunksInOrder(
    chunks.length,
    (i) => loadChunk(chunks[i].file, indexUrl, pageUrl),
    (chunk, i) => {
      if (!chunk.ok) failures.push(chunk);
      else if (failures.length === 0) {
        builder.add(chunk.value);
        events += chunk.value.length;
        onProgress?.({ chunks: i + 1, totalChunks: chunks.length, events });
      }
    },
    CHUNKS_IN_FLIGHT,
  );
  const [firstFailure] = failures;
  if (firstFailure) {
    const more = failures.length > 1 ? ` (and ${failures.length - 1} more chunk${failures.length > 2 ? 's' : ''})` : '';
    return fail(firstFailure.reason, `${firstFailure.message}${more}`);
  }
  return ok(builder.finish());
}

/**
 * Fetches and validates the events (and density, when there is one); never rejects: failures come back as text.
 * events.json is either one events file, the benchmark's array, or an index of month chunks; only the index's
 * chunks report `onProgress` (0 of N once the index is in, then after each chunk is added, in index order).
 */
export async function loadAtlasData(
  pageUrl: string,
  gazetteer?: () => Promise<NameLookup | undefined>,
  onProgress?: (done: LoadProgress) => void,
): Promise<AtlasData> {
  const urls = dataUrls(pageUrl);
  const densityPromise = urls.density
    ? fetchJson(urls.density).then(
        (json) => {
          const density = parseDensityPayload(json);
          return density.ok ? density.value : null;
        },
        () => null,
      )
    : Promise.resolve(null);
  try {
    const json = await fetchJson(urls.events);
    const names = Array.isArray(json) && gazetteer ? await gazetteer().catch(() => undefined) : undefined;
    const table = isEventsIndexPayload(json)
      ? await loadIndexedEvents(json, urls.events, pageUrl, onProgress)
      : parseEventsPayload(json, names);
    if (!table.ok) return { table: null, density: null, error: table.message };
    return { table: table.value, density: await densityPromise, error: null };
  } catch (error) {
    return { table: null, density: null, error: `Could not load the events: ${errorText(error)}` };
  }
}
