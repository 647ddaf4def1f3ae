import type { Division, Gazetteer } from '../../../src/model/gazetteer.ts';

const DEPTH = { province: 0, prefecture: 1, county: 2 } as const;

export interface DivisionChains {
  /** The division and its ancestors, province first. */
  chainOf(division: Division): Division[];
  /** The finest division with this code (a prefecture-level city without counties may be listed at both levels). */
  finest(code: string): Division | undefined;
}

/**
 * Parent chains that stay right when one code appears at two levels (东莞市 as prefecture and as its own county):
 * a parent is always looked up among the rows with that code at a coarser level.
 */
export function createDivisionChains(gazetteer: Gazetteer): DivisionChains {
  const byCode = new Map<string, Division[]>();
  for (const d of gazetteer.divisions) {
    const list = byCode.get(d.code);
    if (list) list.push(d);
    else byCode.set(d.code, [d]);
  }
  const parentOf = (d: Division): Division | undefined => {
    if (d.parent === null) return undefined;
    const coarser = (byCode.get(d.parent) ?? []).filter((p) => DEPTH[p.level] < DEPTH[d.level]);
    return coarser.sort((a, b) => DEPTH[b.level] - DEPTH[a.level])[0];
  };
  const cache = new Map<Division, Division[]>();
  const chainOf = (d: Division): Division[] => {
    let chain = cache.get(d);
    if (!chain) {
      const parent = parentOf(d);
      chain = parent ? [...chainOf(parent), d] : [d];
      cache.set(d, chain);
    }
    return chain;
  };
  // Asked for every township and site when the index is built: one answer per code, chosen once.
  const finestByCode = new Map<string, Division>();
  for (const [code, list] of byCode) {
    finestByCode.set(
      code,
      list.reduce((best, d) => (DEPTH[d.level] > DEPTH[best.level] ? d : best)),
    );
  }
  const finest = (code: string): Division | undefined => finestByCode.get(code);
  return { chainOf, finest };
}
