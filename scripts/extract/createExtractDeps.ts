import { deserialize, serialize } from 'node:v8';
import type { Gazetteer } from '../../src/model/gazetteer.ts';
import { fail, type Result } from '../../src/model/result.ts';
import { parseCaptionDate } from './date/parseCaptionDate.ts';
import { toEpochRange } from './date/toEpochRange.ts';
import { loadGazetteer, loadTownshipIndex } from './gazetteerData.ts';
import type { ExtractDeps } from './interpretCaption.ts';
import {
  createPlaceIndex,
  placeIndexState,
  restorePlaceIndex,
  type PlaceIndex,
  type PlaceIndexState,
} from './place/createPlaceIndex.ts';
import { loadForeignNames } from './place/loadForeignNames.ts';
import { loadSites } from './place/loadSites.ts';
import { resolverOfIndex } from './place/resolvePlace.ts';
import { normalizeText } from './text/normalizeText.ts';

/** Written into every snapshot; a snapshot of another format (an older extractor) is not restored. */
const SNAPSHOT_FORMAT = 'caption-atlas extract deps, place index state 1';

export interface ExtractDepsOptions {
  /**
   * Bytes snapshotOfDeps gave in an earlier run of the same extractor on the same data files: the place index is
   * restored from them instead of built. A snapshot that cannot be used is set aside and the index is built.
   */
  snapshot?: Uint8Array;
  /** Told why the snapshot given was not used (the deps are then built as without one). */
  onSnapshotRejected?: (message: string) => void;
}

const placeIndexOf = new WeakMap<ExtractDeps, PlaceIndex>();

/**
 * The real parsers, wired once: the gazetteer, township and site tables are read and indexed here (a fraction of a
 * second), or the index is restored from a snapshot, then every caption is a scan. The prebuild (each worker) and
 * the captions command both use this.
 */
export const createExtractDeps = (options: ExtractDepsOptions = {}): ExtractDeps => {
  const gazetteer = loadGazetteer();
  let index: PlaceIndex | null = null;
  if (options.snapshot) {
    const restored = restoreSnapshot(options.snapshot, gazetteer);
    if (restored.ok) index = restored.value;
    else options.onSnapshotRejected?.(restored.message);
  }
  index ??= createPlaceIndex(gazetteer, loadTownshipIndex(), loadSites(), loadForeignNames());
  const deps: ExtractDeps = {
    normalize: normalizeText,
    parseDate: parseCaptionDate,
    toEpochRange,
    resolvePlace: resolverOfIndex(index),
  };
  placeIndexOf.set(deps, index);
  return deps;
};

/**
 * The built indexes of deps from createExtractDeps as bytes (v8.serialize of typed arrays and string tables, ~5 MB),
 * for createExtractDeps({ snapshot }) in a later run. Valid as long as the extractor's code and data files are the
 * same: the caller keys the file by them (the thread bundle's key covers both).
 */
export const snapshotOfDeps = (deps: ExtractDeps): Uint8Array => {
  const index = placeIndexOf.get(deps);
  if (!index) throw new Error('snapshotOfDeps: these deps were not made by createExtractDeps');
  return serialize({ format: SNAPSHOT_FORMAT, place: placeIndexState(index) });
};

const restoreSnapshot = (bytes: Uint8Array, gazetteer: Gazetteer): Result<PlaceIndex, 'bad-snapshot'> => {
  let value: unknown;
  try {
    value = deserialize(bytes);
  } catch (error) {
    return fail('bad-snapshot', `snapshot cannot be read: ${error instanceof Error ? error.message : String(error)}`);
  }
  const snapshot = value as { format?: unknown; place?: PlaceIndexState } | null;
  if (typeof snapshot !== 'object' || snapshot === null || snapshot.format !== SNAPSHOT_FORMAT || !snapshot.place) {
    return fail('bad-snapshot', `snapshot is not of format "${SNAPSHOT_FORMAT}"`);
  }
  return restorePlaceIndex(snapshot.place, gazetteer);
};
