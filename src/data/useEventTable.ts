import { useEffect, useState, useSyncExternalStore } from 'react';
import { gazetteer } from '../geo/geodata.ts';
import { latestEvery } from './latestEvery.ts';
import { loadAtlasData, type AtlasData, type LoadProgress } from './loadAtlasData.ts';

/** The loader's progress as last shown, stamped with when it was (performance.now(), ms). */
export interface ShownProgress extends LoadProgress {
  at: number;
}

/** The page's data, and while a chunked archive loads, how far it has got (null before the index is in, or unchunked). */
export interface AtlasDataState extends AtlasData {
  progress: ShownProgress | null;
}

/** A 170-chunk archive reports about ten chunks a second; re-rendering for each would only cost the load its time. */
export const PROGRESS_EVERY_MS = 100;

let loading: Promise<AtlasData> | null = null;
let loaded: AtlasData | null = null;

let shownProgress: ShownProgress | null = null;
const progressListeners = new Set<() => void>();
const progressReports = latestEvery<LoadProgress>(PROGRESS_EVERY_MS, (progress) => {
  shownProgress = { ...progress, at: performance.now() };
  for (const listener of progressListeners) listener();
});

function subscribeProgress(listener: () => void) {
  progressListeners.add(listener);
  return () => {
    progressListeners.delete(listener);
  };
}

/** The one load of the page's data, shared by every component that asks (the map, the timeline, the list). */
function atlasData(): Promise<AtlasData> {
  // The gazetteer maps the benchmark format's place names to codes; events.json already carries codes.
  const names = () => Promise.resolve(gazetteer());
  loading ??= loadAtlasData(window.location.href, names, progressReports.push).then((data) => {
    loaded = data;
    progressReports.cancel();
    return data;
  });
  return loading;
}

const PENDING: AtlasData = { table: null, density: null, error: null };

/**
 * The events as a table (null while loading), the density file when there is one, a load error to show, and the
 * loading progress (re-rendered at most every PROGRESS_EVERY_MS).
 */
export function useEventTable(): AtlasDataState {
  const [data, setData] = useState<AtlasData>(() => loaded ?? PENDING);
  const progress = useSyncExternalStore(
    subscribeProgress,
    () => shownProgress,
    () => null,
  );
  useEffect(() => {
    if (loaded) return;
    let live = true;
    void atlasData().then((result) => {
      if (live) setData(result);
    });
    return () => {
      live = false;
    };
  }, []);
  return { ...data, progress };
}
