import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Gazetteer, GazetteerFile, Township } from '../../src/model/gazetteer.ts';
import { createGazetteer } from '../../src/geo/gazetteer.ts';

/**
 * The Node-side reader of the generated geodata for the prebuild: the gazetteer the browser also ships, plus the
 * township (and village) tables that stay out of the browser bundle. Sync reads, parsed once and cached.
 */

const gazetteerPath = fileURLToPath(new URL('../../src/geo/data/gazetteer.json', import.meta.url));
const townsPath = fileURLToPath(new URL('./data/towns.json', import.meta.url));

/** [code, name, aliases joined by "|", county code when it differs from the code's first six digits] */
type TownRow = [string, string, string] | [string, string, string, string];

let gazetteerCache: Gazetteer | undefined;
let townshipCache: Township[] | undefined;

const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;

export function loadGazetteer(): Gazetteer {
  gazetteerCache ??= createGazetteer(readJson<GazetteerFile>(gazetteerPath));
  return gazetteerCache;
}

/** The 41k NBS 2023 townships; those of development zones carry their prefecture (or municipality) as county. */
export function loadTownships(): Township[] {
  townshipCache ??= readJson<{ rows: TownRow[] }>(townsPath).rows.map(([code, name, aliases, county]) => ({
    code,
    name,
    county: county ?? code.slice(0, 6),
    aliases: aliases === '' ? [] : aliases.split('|'),
  }));
  return townshipCache;
}
