import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { fileStamp } from '../fileStamp.ts';
import { createSiteIndex, type SiteIndex } from './siteIndex.ts';

const sitesPath = fileURLToPath(new URL('../data/sites.json', import.meta.url));
let sitesCache: SiteIndex | undefined;

/** The stamp of the sites file (see fileStamp). */
export const sitesStamp = (): string => fileStamp(sitesPath);

/**
 * The committed famous-sites file, read and validated on first call (not at import: a place index restored from a
 * snapshot never needs it). A broken file is a build error, so this throws with the reason.
 */
export function loadSites(): SiteIndex {
  if (!sitesCache) {
    const index = createSiteIndex(JSON.parse(readFileSync(sitesPath, 'utf8')));
    if (!index.ok) throw new Error(index.message);
    sitesCache = index.value;
  }
  return sitesCache;
}
