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

/** Builds the lookup indexes once; every query after that is a map read. */
export function createGazetteer(file: GazetteerFile): Gazetteer {
  const divisions = file.rows.map(toDivision);
  const byCode = new Map<string, Division>();
  const byName = new Map<string, Division[]>();
  const byParent = new Map<string, Division[]>();
  // Plain loops: this runs once at every start of the prebuild's threads, before the engine has optimised anything.
  for (const d of divisions) {
    byCode.set(d.code, d);
    pushTo(byName, d.name, d);
    d.aliases.forEach((alias, i) => {
      // Each name once per division (an alias may repeat the full name or an earlier alias).
      if (alias !== d.name && d.aliases.indexOf(alias) === i) pushTo(byName, alias, d);
    });
    if (d.parent !== null) pushTo(byParent, d.parent, d);
  }

  const chain = (code: string): Division[] => {
    const path: Division[] = [];
    for (let d = byCode.get(code); d && path.length < levels.length; d = d.parent ? byCode.get(d.parent) : undefined) {
      path.unshift(d);
    }
    return path;
  };

  return {
    divisions,
    byCode: (code) => byCode.get(code),
    lookup: (name) => [...(byName.get(name) ?? [])],
    children: (code) => [...(byParent.get(code) ?? [])],
    chain,
    provinceOf: (code) => {
      const top = chain(code)[0];
      return top?.level === 'province' ? top : undefined;
    },
  };
}
