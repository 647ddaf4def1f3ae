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

/** Township names (乡/镇/街道) and their former names, used as tie-breakers below the county. */
export interface TownshipIndex {
  readonly names: readonly LocalName[];
}

/** Village / community names (村/社区): only ever tie-breakers inside a chain already started. */
export interface VillageIndex {
  readonly byName: ReadonlyMap<string, readonly LocalName[]>;
}

export function createTownshipIndex(townships: readonly Township[]): TownshipIndex {
  const names: LocalName[] = [];
  for (const t of townships) {
    names.push({ name: t.name, code: t.code, county: t.county, former: false });
    for (const alias of t.aliases) names.push({ name: alias, code: t.code, county: t.county, former: true });
  }
  return { names };
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
