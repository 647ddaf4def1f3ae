import type { Division, Gazetteer } from '../../../src/model/gazetteer.ts';
import { fail, ok, type Result } from '../../../src/model/result.ts';
import { NOT_PLACE_NAMES } from './distractors.ts';
import { createDivisionChains, type DivisionChains } from './divisionChains.ts';
import type { ForeignIndex } from './foreignIndex.ts';
import {
  createLazyNameTrie,
  nameTrieStateProblem,
  restoreNameTrie,
  type LazyNameTrie,
  type NameTrieState,
} from './nameTrie.ts';
import {
  READING_FLAG,
  READING_KIND,
  RANK,
  readingMaker,
  type IndexedName,
  type ReadingTables,
} from './placeReadings.ts';
import { isPackedStrings, packedColumn, packStrings, type PackedStrings } from './packedStrings.ts';
import type { SiteIndex } from './siteIndex.ts';
import type { TownshipIndex, VillageIndex } from './townshipIndex.ts';

export type { IndexedName } from './placeReadings.ts';

export interface PlaceIndex {
  readonly trie: Pick<LazyNameTrie<IndexedName>, 'matchesAt' | 'size'>;
  readonly gazetteer: Gazetteer;
  readonly villages: VillageIndex | null;
  /** Codes from the province down to the finest division with this code. */
  chainCodes(code: string): readonly string[];
  /** Rows of the data files that point at codes the gazetteer does not have (reported, not used). */
  readonly problems: readonly string[];
}

/**
 * A built index without its gazetteer (and villages): the trie's tables and the reading tables, typed arrays and
 * strings only, so that v8.serialize keeps it and restorePlaceIndex makes the same index again without building.
 */
export interface PlaceIndexState {
  trie: NameTrieState;
  kinds: Uint8Array;
  rows: Int32Array;
  flags: Uint8Array;
  townshipCodes: PackedStrings;
  townshipCounties: PackedStrings;
  townshipFormer: Uint8Array;
  siteNames: PackedStrings;
  siteCodes: PackedStrings;
  siteZones: Uint8Array;
  foreignCountries: PackedStrings;
  foreignCities: PackedStrings;
  blockers: PackedStrings;
  problems: string[];
  /** The gazetteer's codes in order ("|"-joined): a state fits only the gazetteer it was built with. */
  divisionCodes: string;
}

/** A short or former name that still carries a unit suffix (湟中县, 湘西州) is as safe as a full name. */
const UNIT_SUFFIX = /(?:省|市|县|区|旗|州|盟|地区)$/u;

/** Whether a division name is enough on its own to start a location phrase. */
function isStrongDivisionName(division: Division, name: string, form: 'name' | 'alias'): boolean {
  if (division.level !== 'county') return true;
  // Two-character county names (城区, 郊区, 和县, 沙县) and bare stems (富民, 东方, 和平) are ordinary words too.
  if (form === 'name') return name.length >= 3;
  return name.length >= 3 && UNIT_SUFFIX.test(name);
}

/** How each index can be kept: its trie and reading tables (kept out of PlaceIndex, which the resolver sees). */
const statesOf = new WeakMap<PlaceIndex, () => PlaceIndexState>();

const divisionCodesOf = (gazetteer: Gazetteer): string => gazetteer.divisions.map((d) => d.code).join('|');

/**
 * Build the one automaton the resolver scans with: every division's full name and aliases, townships, sites,
 * foreign names and blockers. Done once per run. The trie stores a number per name; the name's reading (a
 * PlaceCandidate with its parent chain) is made the first time a caption contains the name, so that building
 * makes no object per name.
 */
export function createPlaceIndex(
  gazetteer: Gazetteer,
  townships: TownshipIndex,
  sites: SiteIndex,
  foreign: ForeignIndex,
  villages: VillageIndex | null = null,
): PlaceIndex {
  const problems: string[] = [];
  const chains = createDivisionChains(gazetteer);
  const kinds: number[] = [];
  const rows: number[] = [];
  const flags: number[] = [];
  const siteNames = sites.rows.map((site) => site.name);
  const siteCodes = sites.rows.map((site) => site.code);
  const siteZones = Uint8Array.from(sites.rows, (site) => (site.zone ? 1 : 0));
  const foreignCountries = foreign.names.map((f) => f.country);
  const foreignCities = foreign.names.map((f) => f.city ?? '');
  /** One reading per id, however many names carry it and however often they are found (none while building). */
  const readings: IndexedName[] = [];
  let readingOf: (id: number) => IndexedName = () => {
    throw new Error('createPlaceIndex: a reading asked for before the index is built');
  };
  const trie = createLazyNameTrie((id) => (readings[id] ??= readingOf(id)));
  /** The next value id is kinds.length; a site's names share one id, so they share one candidate. */
  const addValue = (kind: number, row: number, flag = 0): number => {
    kinds.push(kind);
    rows.push(row);
    flags.push(flag);
    return kinds.length - 1;
  };

  gazetteer.divisions.forEach((division, row) => {
    const strong = isStrongDivisionName(division, division.name, 'name') ? READING_FLAG.strong : 0;
    trie.add(division.name, addValue(READING_KIND.division, row, strong));
    for (const alias of division.aliases) {
      if (alias === division.name) continue;
      const aliasStrong = isStrongDivisionName(division, alias, 'alias') ? READING_FLAG.strong : 0;
      trie.add(alias, addValue(READING_KIND.division, row, READING_FLAG.aliasForm | aliasStrong));
    }
  });

  for (let row = 0; row < townships.names.length; row++) {
    if (chains.finest(townships.counties[row])) trie.add(townships.names[row], addValue(READING_KIND.township, row));
  }

  sites.rows.forEach((site, row) => {
    if (!chains.finest(site.code)) {
      problems.push(`sites.json: ${site.name} → ${site.code} is not in the gazetteer`);
      return;
    }
    const id = addValue(READING_KIND.site, row);
    for (const name of [site.name, ...site.aliases]) trie.add(name, id);
  });

  foreign.names.forEach((f, row) => trie.add(f.name, addValue(READING_KIND.foreign, row)));
  NOT_PLACE_NAMES.forEach((name, row) => trie.add(name, addValue(READING_KIND.blocker, row)));

  // Typed columns from here on: a number array per column would stay on the heap for the whole run.
  const tables = {
    kinds: Uint8Array.from(kinds),
    rows: Int32Array.from(rows),
    flags: Uint8Array.from(flags),
    // Not the names: once they are in the trie, the index needs only what a reading is made of.
    townships: { codes: townships.codes, counties: townships.counties, former: townships.former },
    sites: { names: siteNames, codes: siteCodes, zones: siteZones },
    foreign: { countries: foreignCountries, cities: foreignCities },
    blockers: NOT_PLACE_NAMES,
  } satisfies ReadingTables;
  readingOf = readingMaker(tables, gazetteer.divisions, chains);

  const index = indexOf(trie, gazetteer, chains, villages, problems);
  statesOf.set(index, () => ({
    trie: trie.state(),
    kinds: tables.kinds,
    rows: tables.rows,
    flags: tables.flags,
    townshipCodes: packStrings(townships.codes),
    townshipCounties: packStrings(townships.counties),
    townshipFormer: Uint8Array.from(townships.former),
    siteNames: packStrings(siteNames),
    siteCodes: packStrings(siteCodes),
    siteZones,
    foreignCountries: packStrings(foreignCountries),
    foreignCities: packStrings(foreignCities),
    blockers: packStrings(NOT_PLACE_NAMES),
    problems: [...problems],
    divisionCodes: divisionCodesOf(gazetteer),
  }));
  return index;
}

/** The state of an index made by createPlaceIndex or restorePlaceIndex (to keep it with v8.serialize). */
export function placeIndexState(index: PlaceIndex): PlaceIndexState {
  const state = statesOf.get(index);
  if (!state) throw new Error('placeIndexState: not an index made by createPlaceIndex or restorePlaceIndex');
  return state();
}

/**
 * The index a state was taken of, on the same gazetteer (a few ms: nothing is added, the tables are used as they
 * are). Fails when the gazetteer is not the one the state was built with.
 */
export function restorePlaceIndex(
  state: PlaceIndexState,
  gazetteer: Gazetteer,
  villages: VillageIndex | null = null,
): Result<PlaceIndex, 'bad-snapshot'> {
  const problem = placeIndexStateProblem(state);
  if (problem) return fail('bad-snapshot', `the place index snapshot does not fit: ${problem}`);
  if (state.divisionCodes !== divisionCodesOf(gazetteer)) {
    return fail('bad-snapshot', 'the place index was built with another gazetteer');
  }
  const tables: ReadingTables = {
    kinds: state.kinds,
    rows: state.rows,
    flags: state.flags,
    townships: {
      codes: packedColumn(state.townshipCodes),
      counties: packedColumn(state.townshipCounties),
      former: state.townshipFormer,
    },
    sites: { names: packedColumn(state.siteNames), codes: packedColumn(state.siteCodes), zones: state.siteZones },
    foreign: { countries: packedColumn(state.foreignCountries), cities: packedColumn(state.foreignCities) },
    blockers: packedColumn(state.blockers),
  };
  const chains = createDivisionChains(gazetteer);
  const readings: IndexedName[] = [];
  const readingOf = readingMaker(tables, gazetteer.divisions, chains);
  const trie = restoreNameTrie(state.trie, (id) => (readings[id] ??= readingOf(id)));
  const index = indexOf(trie, gazetteer, chains, villages, state.problems);
  statesOf.set(index, () => state);
  return ok(index);
}

/** What is wrong with the shape of a state read from a file, or null. */
function placeIndexStateProblem(state: PlaceIndexState): string | null {
  if (typeof state !== 'object' || state === null) return 'not an object';
  const { kinds, rows, flags } = state;
  if (!(kinds instanceof Uint8Array) || !(rows instanceof Int32Array) || !(flags instanceof Uint8Array)) {
    return 'reading tables';
  }
  if (rows.length !== kinds.length || flags.length !== kinds.length) return 'reading table lengths';
  const columns: [PackedStrings, PackedStrings, Uint8Array | null][] = [
    [state.townshipCodes, state.townshipCounties, state.townshipFormer],
    [state.siteNames, state.siteCodes, state.siteZones],
    [state.foreignCountries, state.foreignCities, null],
  ];
  for (const [first, second, flagsOfRows] of columns) {
    if (!isPackedStrings(first) || !isPackedStrings(second)) return 'string columns';
    if (second.ends.length !== first.ends.length) return 'string column lengths';
    if (flagsOfRows && (!(flagsOfRows instanceof Uint8Array) || flagsOfRows.length !== first.ends.length)) {
      return 'flag columns';
    }
  }
  if (!isPackedStrings(state.blockers) || !Array.isArray(state.problems)) return 'blockers or problems';
  if (typeof state.divisionCodes !== 'string') return 'division codes';
  if (typeof state.trie !== 'object' || state.trie === null) return 'trie';
  const trieProblem = nameTrieStateProblem(state.trie);
  return trieProblem === null ? null : `trie: ${trieProblem}`;
}

function indexOf(
  trie: LazyNameTrie<IndexedName>,
  gazetteer: Gazetteer,
  chains: DivisionChains,
  villages: VillageIndex | null,
  problems: readonly string[],
): PlaceIndex {
  const chainCodes = (code: string): readonly string[] => {
    const division = chains.finest(code);
    return division ? chains.chainOf(division).map((d) => d.code) : [];
  };
  return { trie, gazetteer, villages, chainCodes, problems };
}

export const VILLAGE_RANK = RANK.village;
