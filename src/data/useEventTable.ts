import { useEffect, useState } from 'react';
import { gazetteer } from '../geo/geodata.ts';
import { loadAtlasData, type AtlasData } from './loadAtlasData.ts';

let loading: Promise<AtlasData> | null = null;
let loaded: AtlasData | null = null;

/** The one load of the page's data, shared by every component that asks (the map, the timeline, the list). */
function atlasData(): Promise<AtlasData> {
  // The gazetteer maps the benchmark format's place names to codes; events.json already carries codes.
  const names = () => Promise.resolve(gazetteer());
  loading ??= loadAtlasData(window.location.href, names).then((data) => (loaded = data));
  return loading;
}

const PENDING: AtlasData = { table: null, density: null, error: null };

/** The events as a table (null while loading), the density file when there is one, and a load error to show. */
export function useEventTable(): AtlasData {
  const [data, setData] = useState<AtlasData>(() => loaded ?? PENDING);
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
  return data;
}
