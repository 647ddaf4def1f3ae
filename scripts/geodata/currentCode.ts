import type { BuiltDivision } from './divisions.ts';
import { countyAliases, prefectureAliases } from './divisionNames.ts';

const stemOf = (name: string) => [...countyAliases(name), ...prefectureAliases(name)].at(-1) ?? name;

/**
 * Maps a feature of a ~2016 map (old code, old name) to today's unit at the layer's level: the code itself when it
 * is still a unit of that kind; otherwise the unit in the same province whose name, alias or stem matches, lifted to
 * the layer's level (莱芜 371200 → 莱芜区 → its prefecture 济南市 370100). Undefined when that is not unique.
 */
export function makeCurrentCode(divisions: readonly BuiltDivision[], level: 'prefecture' | 'county') {
  const byCode = new Map(divisions.map((d) => [d.code, d]));
  // In the prefecture layer, county-level units directly under a province stand in for a prefecture (仙桃 …).
  const isLayerUnit = (d: BuiltDivision) =>
    level === 'county'
      ? d.level === 'county'
      : d.level === 'prefecture' || (d.level === 'county' && byCode.get(d.parent ?? '')?.level === 'province');
  const lift = (d: BuiltDivision): BuiltDivision | undefined => {
    if (isLayerUnit(d)) return d;
    const parent = byCode.get(d.parent ?? '');
    return parent && isLayerUnit(parent) ? parent : undefined;
  };

  return (oldCode: string | undefined, name: string): string | undefined => {
    const same = oldCode ? byCode.get(oldCode) : undefined;
    if (same && isLayerUnit(same) && stemOf(same.name) === stemOf(name)) return same.code;
    const province = (oldCode ?? '').slice(0, 2);
    const forms = new Set([name, stemOf(name)]);
    const hits = new Set(
      divisions
        .filter((d) => (!oldCode || d.code.startsWith(province)) && [d.name, ...d.aliases].some((n) => forms.has(n)))
        .map(lift)
        .filter((d): d is BuiltDivision => d !== undefined)
        .map((d) => d.code),
    );
    if (hits.size === 1) return [...hits][0];
    return same && isLayerUnit(same) ? same.code : undefined;
  };
}
