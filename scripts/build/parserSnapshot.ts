import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createExtractDeps, snapshotOfDeps } from '../extract/createExtractDeps.ts';
import type { ExtractDeps } from '../extract/interpretCaption.ts';
import { writeFileAtomic } from './writeAtomic.ts';

const DAY_MS = 86_400_000;

const readIfThere = (path: string): Uint8Array | undefined => {
  try {
    return readFileSync(path);
  } catch {
    return undefined;
  }
};

/**
 * The parsers, restored from the snapshot at `path` when there is a usable one (a few times faster than building
 * them: every extracting thread does this before its first post, and a one-post re-run does little else); otherwise
 * built, and their snapshot written there for the next run. The snapshot is a cache: one that cannot be read or
 * written costs time, never a result. Snapshots of other versions go after a day (one per version piles up as the
 * code changes; a build still running may be reading one).
 */
export const loadExtractDeps = (path: string | null): ExtractDeps => {
  const snapshot = path ? readIfThere(path) : undefined;
  let usable = snapshot !== undefined;
  const deps = createExtractDeps({ snapshot, onSnapshotRejected: () => (usable = false) });
  if (path && !usable) {
    try {
      writeFileAtomic(path, snapshotOfDeps(deps));
      const folder = dirname(path);
      for (const name of readdirSync(folder)) {
        const other = join(folder, name);
        if (other !== path && Date.now() - statSync(other).mtimeMs > DAY_MS) rmSync(other, { force: true });
      }
    } catch {
      // a read-only checkout: the next run builds them again
    }
  }
  return deps;
};
