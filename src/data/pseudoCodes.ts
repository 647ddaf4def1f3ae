/**
 * Stable stand-in division codes for place names the gazetteer cannot resolve (or when no gazetteer is loaded).
 * The code has the GB/T 2260 shape, so the region filter's arithmetic (province = code % 10000 === 0) still holds:
 * a province gets PP0000 with PP in 91..99 and 10..89 hashed from its name, a prefecture PPCC00 under its province,
 * a county PPCCDD under its prefecture. A hash collision takes the next free slot, so a code is stable as long as
 * the set of colliding names is the same.
 */
export interface PseudoCodes {
  province(name: string): number;
  prefecture(province: number, name: string): number;
  county(prefecture: number, name: string): number;
}

/** FNV-1a over UTF-16 code units: small, fast, and the same in every browser and in Node. */
export function hashName(name: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) {
    hash ^= name.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

export function createPseudoCodes(): PseudoCodes {
  const assigned = new Map<string, number>();
  const taken = new Set<number>();
  const slot = (key: string, name: string, base: number, step: number, first: number, count: number): number => {
    const known = assigned.get(key);
    if (known !== undefined) return known;
    const start = hashName(name) % count;
    for (let probe = 0; probe < count; probe++) {
      const code = base + (first + ((start + probe) % count)) * step;
      if (!taken.has(code)) {
        taken.add(code);
        assigned.set(key, code);
        return code;
      }
    }
    // Every slot is taken (more than `count` siblings): share the parent's code rather than invent an invalid one.
    assigned.set(key, base);
    return base;
  };
  return {
    province: (name) => slot(`p|${name}`, name, 0, 10000, 10, 80),
    prefecture: (province, name) => slot(`c|${province}|${name}`, name, province, 100, 1, 99),
    county: (prefecture, name) => slot(`x|${prefecture}|${name}`, name, prefecture, 1, 1, 99),
  };
}
