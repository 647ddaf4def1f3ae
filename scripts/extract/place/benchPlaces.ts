/**
 * Throughput of the place resolver, printed (never asserted): `npx tsx scripts/extract/place/benchPlaces.ts [file]`.
 * Reads captions from a JSON-lines file with a "text" field (default: the gold evaluation set), normalises them once,
 * then resolves them in a loop for about two seconds.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadGazetteer, loadTownships } from '../gazetteerData.ts';
import { normalizeText } from '../text/normalizeText.ts';
import { loadSites } from './loadSites.ts';
import { createPlaceResolver } from './resolvePlace.ts';
import { createTownshipIndex } from './townshipIndex.ts';

const file = process.argv[2] ?? fileURLToPath(new URL('../../../tests/fixtures/captions/eval.jsonl', import.meta.url));
const captions = readFileSync(file, 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => normalizeText((JSON.parse(line) as { text: string }).text));

const loadStart = performance.now();
const gazetteer = loadGazetteer();
const townships = createTownshipIndex(loadTownships());
const sites = loadSites();
const buildStart = performance.now();
const resolve = createPlaceResolver(gazetteer, townships, sites);
const ready = performance.now();
const heap = process.memoryUsage().heapUsed;

let resolved = 0;
let found = 0;
const cpuStart = process.cpuUsage();
const start = performance.now();
while (performance.now() - start < 2000) {
  for (const caption of captions) {
    if (resolve(caption).ok) found++;
    resolved++;
  }
}
const seconds = (performance.now() - start) / 1000;
const cpu = process.cpuUsage(cpuStart);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
console.log(
  [
    `captions: ${captions.length} distinct, ${resolved} resolved (${found} with a place)`,
    `load gazetteer + ${townships.names.length} township names: ${(buildStart - loadStart).toFixed(0)} ms`,
    `build index: ${(ready - buildStart).toFixed(0)} ms, heap after build ${(heap / 2 ** 20).toFixed(0)} MiB`,
    `throughput: ${Math.round(resolved / seconds).toLocaleString('en')} captions/s wall, ` +
      `${Math.round(resolved / cpuSeconds).toLocaleString('en')} per CPU second (the machine may be shared)`,
  ].join('\n'),
);
