import { deserialize, serialize } from 'node:v8';
import type { Gazetteer } from '../../src/model/gazetteer.ts';
import { fail, type Result } from '../../src/model/result.ts';
import { parseCaptionDate } from './date/parseCaptionDate.ts';
import { toEpochRange } from './date/toEpochRange.ts';
import { geodataStamp, loadGazetteer, loadTownshipIndex } from './gazetteerData.ts';
import type { ExtractDeps } from './interpretCaption.ts';
import {
  createPlaceIndex,
  placeIndexState,
  restorePlaceIndex,
  type PlaceIndex,
  type PlaceIndexState,
} from './place/createPlaceIndex.ts';
import { foreignNamesStamp, loadForeignNames } from './place/loadForeignNames.ts';
import { loadSites, sitesStamp } from './place/loadSites.ts';
import { resolverOfIndex } from './place/resolvePlace.ts';
import { normalizeText } from './text/normalizeText.ts';

/** Written into every snapshot; a snapshot of another format (an older extractor) is not restored. */
const SNAPSHOT_FORMAT = 'caption-atlas extract deps, place index state 2';

export interface ExtractDepsOptions {
  /**
   * Bytes snapshotOfDeps gave in an earlier run of the same extractor on the same data files: the place index is
   * restored from them instead of built. A snapshot that cannot be used is set aside and the index is built.
   */
  snapshot?: Uint8Array;
  /** Told why the snapshot given was not used (the deps are then built as without one). */
  onSnapshotRejected?: (message: string) => void;
}

/** The index of deps made here, and the stamp of the data files it was made from. */
const placeIndexOf = new WeakMap<ExtractDeps, { index: PlaceIndex; stamp: string }>();

/** What the place index is made of, by path, size and modification time: a snapshot of other data is stale. */
const dataStamp = (): string => [geodataStamp(), sitesStamp(), foreignNamesStamp()].join('\n');

/**
 * The real parsers, wired once: the gazetteer, township and site tables are read and indexed here (a fraction of a
 * second), or the index is restored from a snapshot, then every caption is a scan. The prebuild (each worker) and
 * the captions command both use this.
 */
export const createExtractDeps = (options: ExtractDepsOptions = {}): ExtractDeps => {
  const gazetteer = loadGazetteer();
  const stamp = dataStamp();
  let index: PlaceIndex | null = null;
  if (options.snapshot) {
    const restored = restoreSnapshot(options.snapshot, gazetteer, stamp);
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
  placeIndexOf.set(deps, { index, stamp });
  return deps;
};

/**
 * The built indexes of deps from createExtractDeps as bytes (v8.serialize of typed arrays and packed strings,
 * ~6.5 MB), for createExtractDeps({ snapshot }) in a later run. The snapshot carries the stamps of the data files it
 * was built from and is set aside when they changed; a change of the extractor's code is not seen, so the caller
 * keys the file by the code (the thread bundle's key does).
 */
export const snapshotOfDeps = (deps: ExtractDeps): Uint8Array => {
  const made = placeIndexOf.get(deps);
  if (!made) throw new Error('snapshotOfDeps: these deps were not made by createExtractDeps');
  return serialize({ format: SNAPSHOT_FORMAT, stamp: made.stamp, place: placeIndexState(made.index) });
};

const restoreSnapshot = (
  bytes: Uint8Array,
  gazetteer: Gazetteer,
  stamp: string,
): Result<PlaceIndex, 'bad-snapshot'> => {
  let value: unknown;
  try {
    value = deserialize(bytes);
  } catch (error) {
    return fail('bad-snapshot', `snapshot cannot be read: ${error instanceof Error ? error.message : String(error)}`);
  }
  const snapshot = value as { format?: unknown; stamp?: unknown; place?: PlaceIndexState } | null;
  if (typeof snapshot !== 'object' || snapshot === null || snapshot.format !== SNAPSHOT_FORMAT || !snapshot.place) {
    return fail('bad-snapshot', `snapshot is not of format "${SNAPSHOT_FORMAT}"`);
  }
  if (snapshot.stamp !== stamp) return fail('bad-snapshot', 'snapshot of other data files (changed since it was made)');
  return restorePlaceIndex(snapshot.place, gazetteer);
};
