import type { Division, Gazetteer } from '../../../src/model/gazetteer.ts';
import { NOT_PLACE_NAMES } from './distractors.ts';
import { createDivisionChains } from './divisionChains.ts';
import type { ForeignIndex } from './foreignIndex.ts';
import { createLazyNameTrie, type NameTrie } from './nameTrie.ts';
import type { PlaceCandidate } from './placeCandidate.ts';
import type { SiteIndex } from './siteIndex.ts';
import type { TownshipIndex, VillageIndex } from './townshipIndex.ts';

/** A name in the index: a reading of a place, or a blocker that hides the place names inside it. */
export type IndexedName = PlaceCandidate | { blocker: string };

export interface PlaceIndex {
  readonly trie: Omit<NameTrie<IndexedName>, 'add'>;
  readonly gazetteer: Gazetteer;
  readonly villages: VillageIndex | null;
  /** Codes from the province down to the finest division with this code. */
  chainCodes(code: string): readonly string[];
  /** Rows of the data files that point at codes the gazetteer does not have (reported, not used). */
  readonly problems: readonly string[];
}

const LEVEL_DEPTH = { province: 0, prefecture: 1, county: 2 } as const;

/** Preference among readings of one name when context cannot decide (lower wins). */
const RANK = { divisionName: 0, site: 1, foreign: 2, divisionAlias: 3, township: 4, village: 5 } as const;

/** A short or former name that still carries a unit suffix (湟中县, 湘西州) is as safe as a full name. */
const UNIT_SUFFIX = /(?:省|市|县|区|旗|州|盟|地区)$/u;

/** Whether a division name is enough on its own to start a location phrase. */
function isStrongDivisionName(division: Division, name: string, form: 'name' | 'alias'): boolean {
  if (division.level !== 'county') return true;
  // Two-character county names (城区, 郊区, 和县, 沙县) and bare stems (富民, 东方, 和平) are ordinary words too.
  if (form === 'name') return name.length >= 3;
  return name.length >= 3 && UNIT_SUFFIX.test(name);
}

/** What a value id of the trie stands for: its source, in columns (kind, row of that source, division flags). */
const DIVISION = 0;
const TOWNSHIP = 1;
const SITE = 2;
const FOREIGN = 3;
const BLOCKER = 4;
const ALIAS_FORM = 1;
const STRONG = 2;

/**
 * Build the one automaton the resolver scans with: every division's full name and aliases, townships, sites,
 * foreign names and blockers, each entry carrying its parent chain. Done once per run. The trie stores a number per
 * name; the name's reading (a PlaceCandidate with its chain) is made the first time a caption contains the name.
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
  const divisions = gazetteer.divisions;
  const names: string[] = [];
  const kinds: number[] = [];
  const rows: number[] = [];
  const flags: number[] = [];
  let nameLength = 0;
  /** The next value id is kinds.length; a site's names share one id, so they share one candidate. */
  const addValue = (kind: number, row: number, flag = 0): number => {
    kinds.push(kind);
    rows.push(row);
    flags.push(flag);
    return kinds.length - 1;
  };
  const ids: number[] = [];
  const addName = (name: string, id: number): void => {
    names.push(name);
    ids.push(id);
    nameLength += name.length;
  };

  divisions.forEach((division, row) => {
    addName(division.name, addValue(DIVISION, row, isStrongDivisionName(division, division.name, 'name') ? STRONG : 0));
    for (const alias of division.aliases) {
      if (alias === division.name) continue;
      const strong = isStrongDivisionName(division, alias, 'alias') ? STRONG : 0;
      addName(alias, addValue(DIVISION, row, ALIAS_FORM | strong));
    }
  });

  for (let row = 0; row < townships.names.length; row++) {
    // A development zone's townships carry the prefecture (or municipality) they belong to instead of a county.
    if (chains.finest(townships.counties[row])) addName(townships.names[row], addValue(TOWNSHIP, row));
  }

  sites.rows.forEach((site, row) => {
    if (!chains.finest(site.code)) {
      problems.push(`sites.json: ${site.name} → ${site.code} is not in the gazetteer`);
      return;
    }
    const id = addValue(SITE, row);
    for (const name of [site.name, ...site.aliases]) addName(name, id);
  });

  foreign.names.forEach((f, row) => addName(f.name, addValue(FOREIGN, row)));
  NOT_PLACE_NAMES.forEach((name, row) => addName(name, addValue(BLOCKER, row)));

  const path = (division: Division) => {
    const chain = chains.chainOf(division);
    return { divisions: chain, chain: chain.map((d) => d.code) };
  };
  const readingOf = (id: number): IndexedName => {
    const row = rows[id];
    switch (kinds[id]) {
      case DIVISION: {
        const division = divisions[row];
        const form = flags[id] & ALIAS_FORM ? 'alias' : 'name';
        return {
          entry: { kind: 'division', code: division.code, level: division.level, form },
          key: `${division.code}:${division.level}`,
          ...path(division),
          depth: LEVEL_DEPTH[division.level],
          strong: (flags[id] & STRONG) !== 0,
          rank: form === 'name' ? RANK.divisionName : RANK.divisionAlias,
        };
      }
      case TOWNSHIP: {
        const county = townships.counties[row];
        const parent = chains.finest(county) as Division;
        const former = townships.former[row] === 1;
        return {
          entry: { kind: 'township', code: townships.codes[row], anchor: county, former },
          key: townships.codes[row],
          ...path(parent),
          depth: LEVEL_DEPTH[parent.level] + 0.5,
          strong: false,
          rank: RANK.township,
        };
      }
      case SITE: {
        const site = sites.rows[row];
        const division = chains.finest(site.code) as Division;
        return {
          entry: { kind: 'site', name: site.name, anchor: site.code, zone: site.zone },
          key: `site:${site.name}`,
          ...path(division),
          depth: LEVEL_DEPTH[division.level] + 0.5,
          strong: true,
          rank: RANK.site,
        };
      }
      case FOREIGN: {
        const f = foreign.names[row];
        return {
          entry: f.city ? { kind: 'city', country: f.country, city: f.city } : { kind: 'country', country: f.country },
          key: `foreign:${f.country}:${f.city ?? ''}`,
          divisions: [],
          chain: [],
          depth: f.city ? 1 : 0,
          strong: true,
          rank: RANK.foreign,
        };
      }
      default:
        return { blocker: NOT_PLACE_NAMES[row] };
    }
  };
  /** One reading per id, however many names carry it and however often they are found. */
  const readings: IndexedName[] = [];
  const trie = createLazyNameTrie((id) => (readings[id] ??= readingOf(id)), nameLength);
  for (let i = 0; i < names.length; i++) trie.add(names[i], ids[i]);

  const chainCodes = (code: string): readonly string[] => {
    const division = chains.finest(code);
    return division ? path(division).chain : [];
  };
  return { trie, gazetteer, villages, chainCodes, problems };
}

export const VILLAGE_RANK = RANK.village;
