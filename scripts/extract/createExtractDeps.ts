import { parseCaptionDate } from './date/parseCaptionDate.ts';
import { toEpochRange } from './date/toEpochRange.ts';
import { loadGazetteer, loadTownshipIndex } from './gazetteerData.ts';
import type { ExtractDeps } from './interpretCaption.ts';
import { loadSites } from './place/loadSites.ts';
import { createPlaceResolver } from './place/resolvePlace.ts';
import { normalizeText } from './text/normalizeText.ts';

/**
 * The real parsers, wired once: the gazetteer, township and site tables are read and indexed here (a fraction of a
 * second), then every caption is a scan. The prebuild (each worker) and the captions command both use this.
 */
export const createExtractDeps = (): ExtractDeps => {
  const resolvePlace = createPlaceResolver(loadGazetteer(), loadTownshipIndex(), loadSites());
  return { normalize: normalizeText, parseDate: parseCaptionDate, toEpochRange, resolvePlace };
};
