import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Gazetteer, GazetteerFile, Township } from '../../src/model/gazetteer.ts';
import { createGazetteer } from '../../src/geo/gazetteer.ts';
import { fileStamp } from './fileStamp.ts';
import { townshipIndexOfRows, type TownshipIndex } from './place/townshipIndex.ts';

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

/** The stamps of the gazetteer and township files (see fileStamp). */
export const geodataStamp = (): string => [gazetteerPath, townsPath].map(fileStamp).join('\n');

export function loadGazetteer(): Gazetteer {
  gazetteerCache ??= createGazetteer(readJson<GazetteerFile>(gazetteerPath));
  return gazetteerCache;
}

/** Read on every call, not kept: what is made of the rows is (a thread that builds its index keeps only that). */
const townRows = (): TownRow[] => readJson<{ rows: TownRow[] }>(townsPath).rows;

/** The 41k NBS 2023 townships; those of development zones carry their prefecture (or municipality) as county. */
export function loadTownships(): Township[] {
  townshipCache ??= townRows().map(([code, name, aliases, county]) => ({
    code,
    name,
    county: county ?? code.slice(0, 6),
    aliases: aliases === '' ? [] : aliases.split('|'),
  }));
  return townshipCache;
}

/**
 * The same townships as the resolver's columns, made straight from the file's rows (no object per township). Read
 * anew on every call (the extractor calls it once, to build its index): nothing of it stays in memory after that.
 */
export function loadTownshipIndex(): TownshipIndex {
  return townshipIndexOfRows(townRows());
}

/** A village-level unit (村/社区) of NBS 2023, for confirming a place (冯南垣村 → 师庄乡 → 霍州市). */
export interface Village {
  /** Twelve-digit NBS code; its first nine digits are the township, its first six the county. */
  code: string;
  /** The place name, committee suffixes normalised: 师庄村村委会 → 师庄村, 草厂社区居委会 → 草厂社区. */
  name: string;
  township: string;
}

const villagesPath = fileURLToPath(new URL('./data/villages.json', import.meta.url));
let villageCache: Village[] | undefined;
let villageIndex: Map<string, Village[]> | undefined;

/** All 620k villages (about 0.5 s and 100 MB of heap on first call; call only when villages are needed). */
export function loadVillages(): Village[] {
  villageCache ??= readJson<{ rows: [string, string, string][] }>(villagesPath).rows.flatMap(
    ([township, names, suffixes]) =>
      names.split('|').map((name, i) => ({ code: township + suffixes.slice(3 * i, 3 * i + 3), name, township })),
  );
  return villageCache;
}

/** Every village with exactly this name (冯南垣村 → one, 新村 → hundreds). */
export function findVillages(name: string): Village[] {
  if (!villageIndex) {
    villageIndex = new Map();
    for (const v of loadVillages()) {
      const list = villageIndex.get(v.name);
      if (list) list.push(v);
      else villageIndex.set(v.name, [v]);
    }
  }
  return [...(villageIndex.get(name) ?? [])];
}
