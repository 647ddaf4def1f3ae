import sitesJson from '../data/sites.json' with { type: 'json' };
import { createSiteIndex, type SiteIndex } from './siteIndex.ts';

/** The committed famous-sites file, validated; a broken file is a build error, so this throws with the reason. */
export function loadSites(): SiteIndex {
  const index = createSiteIndex(sitesJson);
  if (!index.ok) throw new Error(index.message);
  return index.value;
}
