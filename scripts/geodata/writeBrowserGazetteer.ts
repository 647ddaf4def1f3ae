/**
 * Derives the browser's gazetteer (src/geo/data/gazetteer.browser.json) from gazetteer.json. Part of
 * `npm run build:geodata`; also runs on its own (`npx tsx scripts/geodata/writeBrowserGazetteer.ts`) since it needs
 * none of the heavy source packages.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { encodeBrowserGazetteer } from '../../src/geo/browserGazetteer.ts';
import type { GazetteerFile } from '../../src/model/gazetteer.ts';
import { writeRowsJson } from './writeOutputs.ts';

const geoData = fileURLToPath(new URL('../../src/geo/data/', import.meta.url));

export function writeBrowserGazetteer(): number {
  const file = JSON.parse(readFileSync(join(geoData, 'gazetteer.json'), 'utf8')) as GazetteerFile;
  const browser = encodeBrowserGazetteer(file);
  return writeRowsJson(
    join(geoData, 'gazetteer.browser.json'),
    { source: browser.source, vintage: browser.vintage },
    browser.rows,
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log(`gazetteer.browser.json: ${writeBrowserGazetteer()} bytes`);
}
