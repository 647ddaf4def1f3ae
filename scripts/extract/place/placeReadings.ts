import type { Division } from '../../../src/model/gazetteer.ts';
import type { DivisionChains } from './divisionChains.ts';
import type { StringColumn } from './packedStrings.ts';
import { makeCandidate, type PlaceCandidate } from './placeCandidate.ts';
import { uniformEntry } from './placeEntry.ts';

/** A foreign name that is a state or province (美国得克萨斯州, 加拿大安大略省, 印度北方邦), not a city. */
const REGION_ABROAD = /[州省邦]$/u;

/** A name in the index: a reading of a place, or a blocker that hides the place names inside it. */
export type IndexedName = PlaceCandidate | { blocker: string };

/** What a value id of the place trie stands for (ReadingTables.kinds). */
export const READING_KIND = { division: 0, township: 1, site: 2, foreign: 3, blocker: 4 } as const;
/** Bits of ReadingTables.flags for a division's name. */
export const READING_FLAG = { aliasForm: 1, strong: 2 } as const;

/**
 * The readings of the place trie's ids, as columns: id i is of kind kinds[i] and stands for row rows[i] of that
 * kind's table. Columns of numbers and strings only, so that a built index can be kept as a snapshot and restored.
 */
export interface ReadingTables {
  readonly kinds: ArrayLike<number>;
  readonly rows: ArrayLike<number>;
  /** For divisions: READING_FLAG bits (the name is an alias; the name alone starts a location phrase). */
  readonly flags: ArrayLike<number>;
  readonly townships: {
    readonly codes: StringColumn;
    readonly counties: StringColumn;
    readonly former: ArrayLike<number>;
  };
  readonly sites: { readonly names: StringColumn; readonly codes: StringColumn; readonly zones: ArrayLike<number> };
  /** A country's own names have the city '' (no city). */
  readonly foreign: { readonly countries: StringColumn; readonly cities: StringColumn };
  readonly blockers: StringColumn;
}

/**
 * A reading abroad has no divisions. Empty arrays of objects and of strings as V8 stores them: a `[]` literal is an
 * array of small integers to V8, a second array shape where chains are read (isWithin), which it recompiled for.
 */
const NO_DIVISIONS: readonly Division[] = [{} as Division].slice(1);
const NO_CODES: readonly string[] = [''].slice(1);

/**
 * The codes of a chain, as an array of the one shape every chain has in V8 (a `map` over a chain made by spreading
 * came out with holes, a second shape where chains are read).
 */
const codesOf = (divisions: readonly Division[]): string[] => {
  const codes: string[] = [];
  for (const division of divisions) codes.push(division.code);
  return codes;
};

/** Depth in half levels (see PlaceCandidate.depth). */
const LEVEL_DEPTH = { province: 0, prefecture: 2, county: 4 } as const;

/** Preference among readings of one name when context cannot decide (lower wins). */
export const RANK = { divisionName: 0, site: 1, foreign: 2, divisionAlias: 3, township: 4, village: 5 } as const;

/**
 * The function that makes the reading of an id: a candidate with its parent chain (or a blocker), built when a
 * caption first contains one of its names. Only ids whose township or site has a division in the gazetteer are
 * ever given (the index leaves the others out).
 */
export function readingMaker(
  tables: ReadingTables,
  divisions: readonly Division[],
  chains: DivisionChains,
): (id: number) => IndexedName {
  const { kinds, rows, flags, townships, sites, foreign, blockers } = tables;
  const finest = (code: string): Division => {
    const division = chains.finest(code);
    if (!division) throw new Error(`place index: ${code} is not in the gazetteer`);
    return division;
  };
  const text = (column: StringColumn, row: number): string => column.at(row) ?? '';
  return (id) => {
    const row = rows[id];
    switch (kinds[id]) {
      case READING_KIND.division: {
        const division = divisions[row];
        const form = flags[id] & READING_FLAG.aliasForm ? 'alias' : 'name';
        const chain = chains.chainOf(division);
        return makeCandidate(
          uniformEntry({ kind: 'division', code: division.code, level: division.level, form }),
          `${division.code}:${division.level}`,
          chain,
          codesOf(chain),
          LEVEL_DEPTH[division.level],
          (flags[id] & READING_FLAG.strong) !== 0,
          form === 'name' ? RANK.divisionName : RANK.divisionAlias,
        );
      }
      case READING_KIND.township: {
        // A development zone's townships carry the prefecture (or municipality) they belong to instead of a county.
        const code = text(townships.codes, row);
        const county = text(townships.counties, row);
        const parent = finest(county);
        const chain = chains.chainOf(parent);
        return makeCandidate(
          uniformEntry({ kind: 'township', code, anchor: county, former: townships.former[row] === 1 }),
          code,
          chain,
          codesOf(chain),
          LEVEL_DEPTH[parent.level] + 1,
          false,
          RANK.township,
        );
      }
      case READING_KIND.site: {
        const name = text(sites.names, row);
        const code = text(sites.codes, row);
        const division = finest(code);
        const chain = chains.chainOf(division);
        return makeCandidate(
          uniformEntry({ kind: 'site', name, anchor: code, zone: sites.zones[row] === 1 }),
          `site:${name}`,
          chain,
          codesOf(chain),
          LEVEL_DEPTH[division.level] + 1,
          true,
          RANK.site,
        );
      }
      case READING_KIND.foreign: {
        const country = text(foreign.countries, row);
        const city = text(foreign.cities, row);
        return makeCandidate(
          uniformEntry(city ? { kind: 'city', country, city } : { kind: 'country', country }),
          `foreign:${country}:${city}`,
          NO_DIVISIONS,
          NO_CODES,
          // A state or province abroad (得克萨斯州, 安大略省) sits between its country and a city named after it.
          city ? (REGION_ABROAD.test(city) ? 1 : 2) : 0,
          true,
          RANK.foreign,
        );
      }
      default:
        return { blocker: text(blockers, row) };
    }
  };
}
