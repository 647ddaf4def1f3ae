import type { Division, Gazetteer } from '../../../src/model/gazetteer.ts';
import { NOT_PLACE_NAMES } from './distractors.ts';
import { createDivisionChains } from './divisionChains.ts';
import type { ForeignIndex } from './foreignIndex.ts';
import { createNameTrie, type NameTrie } from './nameTrie.ts';
import type { PlaceCandidate } from './placeCandidate.ts';
import type { SiteIndex } from './siteIndex.ts';
import type { TownshipIndex, VillageIndex } from './townshipIndex.ts';

/** A name in the index: a reading of a place, or a blocker that hides the place names inside it. */
export type IndexedName = PlaceCandidate | { blocker: string };

export interface PlaceIndex {
  readonly trie: NameTrie<IndexedName>;
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

/**
 * Build the one automaton the resolver scans with: every division's full name and aliases, townships, sites,
 * foreign names and blockers, each entry carrying its parent chain. Done once per run.
 */
export function createPlaceIndex(
  gazetteer: Gazetteer,
  townships: TownshipIndex,
  sites: SiteIndex,
  foreign: ForeignIndex,
  villages: VillageIndex | null = null,
): PlaceIndex {
  const trie = createNameTrie<IndexedName>();
  const problems: string[] = [];
  const chains = createDivisionChains(gazetteer);
  const path = (division: Division) => {
    const divisions = chains.chainOf(division);
    return { divisions, chain: divisions.map((d) => d.code) };
  };

  for (const division of gazetteer.divisions) {
    const { divisions, chain } = path(division);
    const depth = LEVEL_DEPTH[division.level];
    const forms: [string, 'name' | 'alias'][] = [
      [division.name, 'name'],
      ...division.aliases.filter((a) => a !== division.name).map((a): [string, 'alias'] => [a, 'alias']),
    ];
    for (const [name, form] of forms) {
      trie.add(name, {
        entry: { kind: 'division', code: division.code, level: division.level, form },
        key: `${division.code}:${division.level}`,
        divisions,
        chain,
        depth,
        strong: isStrongDivisionName(division, name, form),
        rank: form === 'name' ? RANK.divisionName : RANK.divisionAlias,
      });
    }
  }

  for (const t of townships.names) {
    // A development zone's townships carry the prefecture (or municipality) they belong to instead of a county.
    const parent = chains.finest(t.county);
    if (!parent) continue;
    trie.add(t.name, {
      entry: { kind: 'township', code: t.code, anchor: t.county, former: t.former },
      key: t.code,
      ...path(parent),
      depth: LEVEL_DEPTH[parent.level] + 0.5,
      strong: false,
      rank: RANK.township,
    });
  }

  for (const site of sites.rows) {
    const division = chains.finest(site.code);
    if (!division) {
      problems.push(`sites.json: ${site.name} → ${site.code} is not in the gazetteer`);
      continue;
    }
    const candidate: PlaceCandidate = {
      entry: { kind: 'site', name: site.name, anchor: site.code, zone: site.zone },
      key: `site:${site.name}`,
      ...path(division),
      depth: LEVEL_DEPTH[division.level] + 0.5,
      strong: true,
      rank: RANK.site,
    };
    for (const name of [site.name, ...site.aliases]) trie.add(name, candidate);
  }

  for (const f of foreign.names) {
    trie.add(f.name, {
      entry: f.city ? { kind: 'city', country: f.country, city: f.city } : { kind: 'country', country: f.country },
      key: `foreign:${f.country}:${f.city ?? ''}`,
      divisions: [],
      chain: [],
      depth: f.city ? 1 : 0,
      strong: true,
      rank: RANK.foreign,
    });
  }

  for (const name of NOT_PLACE_NAMES) trie.add(name, { blocker: name });

  const chainCodes = (code: string): readonly string[] => {
    const division = chains.finest(code);
    return division ? path(division).chain : [];
  };
  return { trie, gazetteer, villages, chainCodes, problems };
}

export const VILLAGE_RANK = RANK.village;
