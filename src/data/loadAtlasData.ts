import type { DensityFile } from '../model/event.ts';
import type { EventTable } from './eventTable.ts';
import type { NameLookup } from './benchEventsToTable.ts';
import { dataUrls } from './dataUrls.ts';
import { parseDensityPayload, parseEventsPayload } from './parseEventsPayload.ts';

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

/** Fetches and validates the events (and density, when there is one); never rejects: failures come back as text. */
export async function loadAtlasData(
  pageUrl: string,
  gazetteer?: () => Promise<NameLookup | undefined>,
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
    const table = parseEventsPayload(json, names);
    if (!table.ok) return { table: null, density: null, error: table.message };
    return { table: table.value, density: await densityPromise, error: null };
  } catch (error) {
    return {
      table: null,
      density: null,
      error: `Could not load the events: ${String(error instanceof Error ? error.message : error)}`,
    };
  }
}
