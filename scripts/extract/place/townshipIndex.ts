import type { Township } from '../../../src/model/gazetteer.ts';

export interface LocalName {
  name: string;
  /** Nine-digit township or twelve-digit village code. */
  code: string;
  /** The county-level division it belongs to (first six digits). */
  county: string;
  /** A former name (排碧乡, merged into 双龙镇). */
  former: boolean;
}

/**
 * Township names (乡/镇/街道) and their former names, used as tie-breakers below the county. Columns, not an object
 * per name: the index is built at every start of the extractor, and only the few names found in captions need more.
 */
export interface TownshipIndex {
  readonly names: readonly string[];
  /** Nine-digit township code of each name. */
  readonly codes: readonly string[];
  /** The county-level division (or, in a development zone, the prefecture) each belongs to. */
  readonly counties: readonly string[];
  /** 1 for a former name (排碧乡, merged into 双龙镇). */
  readonly former: Uint8Array;
}

/** Village / community names (村/社区): only ever tie-breakers inside a chain already started. */
export interface VillageIndex {
  readonly byName: ReadonlyMap<string, readonly LocalName[]>;
}

/** Columns from townships given as rows: [code, name, aliases joined by "|", county code when not code[0..6]]. */
export function townshipIndexOfRows(rows: readonly (readonly [string, string, string, string?])[]): TownshipIndex {
  const names: string[] = [];
  const codes: string[] = [];
  const counties: string[] = [];
  const former: number[] = [];
  for (const [code, name, aliases, ownCounty] of rows) {
    const county = ownCounty ?? code.slice(0, 6);
    names.push(name);
    codes.push(code);
    counties.push(county);
    former.push(0);
    if (aliases === '') continue;
    for (const alias of aliases.split('|')) {
      names.push(alias);
      codes.push(code);
      counties.push(county);
      former.push(1);
    }
  }
  return { names, codes, counties, former: Uint8Array.from(former) };
}

export function createTownshipIndex(townships: readonly Township[]): TownshipIndex {
  return townshipIndexOfRows(townships.map((t) => [t.code, t.name, t.aliases.join('|'), t.county]));
}

export function createVillageIndex(villages: readonly { code: string; name: string }[]): VillageIndex {
  const byName = new Map<string, LocalName[]>();
  for (const v of villages) {
    const row: LocalName = { name: v.name, code: v.code, county: v.code.slice(0, 6), former: false };
    const list = byName.get(v.name);
    if (list) list.push(row);
    else byName.set(v.name, [row]);
  }
  return { byName };
}
