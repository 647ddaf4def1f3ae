import type {
  Division,
  DivisionLevel,
  DivisionRow,
  Gazetteer,
  GazetteerFile,
  PointSource,
} from '../model/gazetteer.ts';

const levels: readonly DivisionLevel[] = ['province', 'prefecture', 'county'];
const pointSources: ReadonlySet<string> = new Set<PointSource>(['seat', 'capital', 'parent', 'centroid']);

function toDivision(row: DivisionRow): Division {
  const [code, name, level, parent, aliases, lon, lat, pointSource, en] = row;
  return {
    code,
    name,
    level: levels[level],
    parent: parent === '' ? null : parent,
    aliases: aliases === '' ? [] : aliases.split('|'),
    point: lon === null || lat === null ? null : [lon, lat],
    pointSource: pointSources.has(pointSource) ? (pointSource as PointSource) : null,
    en,
  };
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Builds the lookup indexes on first use, once: the prebuild's threads read only `divisions` (their place index has
 * its own tables), and they create a gazetteer at every start.
 */
export function createGazetteer(file: GazetteerFile): Gazetteer {
  const divisions = file.rows.map(toDivision);
  let indexes: { byCode: Map<string, Division>; byName: Map<string, Division[]>; byParent: Map<string, Division[]> };
  const lookups = () => {
    if (indexes) return indexes;
    const byCode = new Map<string, Division>();
    const byName = new Map<string, Division[]>();
    const byParent = new Map<string, Division[]>();
    for (const d of divisions) {
      byCode.set(d.code, d);
      pushTo(byName, d.name, d);
      d.aliases.forEach((alias, i) => {
        // Each name once per division (an alias may repeat the full name or an earlier alias).
        if (alias !== d.name && d.aliases.indexOf(alias) === i) pushTo(byName, alias, d);
      });
      if (d.parent !== null) pushTo(byParent, d.parent, d);
    }
    indexes = { byCode, byName, byParent };
    return indexes;
  };

  const chain = (code: string): Division[] => {
    const { byCode } = lookups();
    const path: Division[] = [];
    for (let d = byCode.get(code); d && path.length < levels.length; d = d.parent ? byCode.get(d.parent) : undefined) {
      path.unshift(d);
    }
    return path;
  };

  return {
    divisions,
    byCode: (code) => lookups().byCode.get(code),
    lookup: (name) => [...(lookups().byName.get(name) ?? [])],
    children: (code) => [...(lookups().byParent.get(code) ?? [])],
    chain,
    provinceOf: (code) => {
      const top = chain(code)[0];
      return top?.level === 'province' ? top : undefined;
    },
  };
}
