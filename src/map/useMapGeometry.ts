import { useEffect, useState } from 'react';
import { loadNanhai, loadNeighbours, loadPrefectures, loadProvinces } from '../geo/geodata.ts';

import type { RegionCollection } from './regionCollection.ts';

export interface MapGeometry {
  provinces: RegionCollection | null;
  /** Optional context layers: the map still works without them. */
  nanhai: RegionCollection | null;
  neighbours: RegionCollection | null;
  /** Loaded (a separate chunk) only once a province has been drilled into. */
  prefectures: RegionCollection | null;
  error: string | null;
}

// One load per page, shared by every mount.
let base: Promise<Omit<MapGeometry, 'prefectures'>> | null = null;
let prefectures: Promise<RegionCollection | null> | null = null;

const optional = (load: () => Promise<RegionCollection>) => load().catch(() => null);

function loadBase() {
  base ??= Promise.all([loadProvinces() as Promise<RegionCollection>, optional(loadNanhai), optional(loadNeighbours)])
    .then(([provinces, nanhai, neighbours]) => ({ provinces, nanhai, neighbours, error: null }))
    .catch((error: unknown) => ({
      provinces: null,
      nanhai: null,
      neighbours: null,
      error: error instanceof Error ? error.message : String(error),
    }));
  return base;
}

function loadPrefectureLayer() {
  prefectures ??= optional(loadPrefectures as () => Promise<RegionCollection>);
  return prefectures;
}

/** The boundary layers the map draws; the prefecture layer is fetched the first time `wantPrefectures` is true. */
export function useMapGeometry(wantPrefectures: boolean): MapGeometry {
  const [geometry, setGeometry] = useState<MapGeometry>({
    provinces: null,
    nanhai: null,
    neighbours: null,
    prefectures: null,
    error: null,
  });
  useEffect(() => {
    let live = true;
    void loadBase().then((layers) => {
      if (live) setGeometry((old) => ({ ...old, ...layers }));
    });
    return () => {
      live = false;
    };
  }, []);
  useEffect(() => {
    if (!wantPrefectures) return;
    let live = true;
    void loadPrefectureLayer().then((layer) => {
      if (live) setGeometry((old) => (old.prefectures === layer ? old : { ...old, prefectures: layer }));
    });
    return () => {
      live = false;
    };
  }, [wantPrefectures]);
  return geometry;
}
