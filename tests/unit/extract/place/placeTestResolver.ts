import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Township } from '../../../../src/model/gazetteer.ts';
import { loadGazetteer, loadTownships } from '../../../../scripts/extract/gazetteerData.ts';
import { loadSites } from '../../../../scripts/extract/place/loadSites.ts';
import { createPlaceResolver, type PlaceResolver } from '../../../../scripts/extract/place/resolvePlace.ts';
import { createTownshipIndex } from '../../../../scripts/extract/place/townshipIndex.ts';

/** Real NBS 2023 township rows (code, name, county, former names), enough to exercise the tie-breakers. */
export const FIXTURE_TOWNSHIPS: Township[] = [
  { code: '141082202', name: '师庄乡', county: '141082', aliases: [] },
  { code: '130431101', name: '小寨镇', county: '130431', aliases: [] },
  { code: '530621104', name: '小寨镇', county: '530621', aliases: [] },
  { code: '610122120', name: '小寨镇', county: '610122', aliases: [] },
  { code: '433124110', name: '双龙镇', county: '433124', aliases: ['排碧乡'] },
  { code: '500115127', name: '双龙镇', county: '500115', aliases: [] },
  { code: '350102002', name: '鼓西街道', county: '350102', aliases: [] },
  { code: '350102004', name: '东街街道', county: '350102', aliases: [] },
  { code: '140403001', name: '东街街道', county: '140403', aliases: [] },
  { code: '410702002', name: '东街街道', county: '410702', aliases: [] },
  { code: '371622002', name: '金阳街道', county: '371622', aliases: [] },
  { code: '520115007', name: '金阳街道', county: '520115', aliases: [] },
  { code: '130624101', name: '龙泉关镇', county: '130624', aliases: [] },
  { code: '330522202', name: '吕山乡', county: '330522', aliases: [] },
  { code: '411381002', name: '花洲街道', county: '411381', aliases: [] },
  { code: '210105001', name: '三台子街道', county: '210105', aliases: [] },
  { code: '420111082', name: '左岭街道', county: '420111', aliases: [] },
  { code: '500240213', name: '中益乡', county: '500240', aliases: [] },
  { code: '330523108', name: '天荒坪镇', county: '330523', aliases: [] },
  { code: '130722104', name: '小二台镇', county: '130722', aliases: [] },
  { code: '469002104', name: '博鳌镇', county: '469002', aliases: [] },
  { code: '350111002', name: '王庄街道', county: '350111', aliases: [] },
  { code: '610622103', name: '文安驿镇', county: '610622', aliases: [] },
  { code: '330102003', name: '湖滨街道', county: '330102', aliases: [] },
  { code: '320311004', name: '湖滨街道', county: '320311', aliases: [] },
  { code: '640121104', name: '闽宁镇', county: '640121', aliases: [] },
  { code: '430623207', name: '团洲乡', county: '430623', aliases: [] },
];

const townsFile = fileURLToPath(new URL('../../../../scripts/extract/data/towns.json', import.meta.url));
export const hasRealTownships = existsSync(townsFile);

/** The resolver over the committed gazetteer and sites, with the fixture townships (or the real table). */
export function createTestResolver(townships: 'fixture' | 'real' = 'fixture'): PlaceResolver {
  const rows = townships === 'real' && hasRealTownships ? loadTownships() : FIXTURE_TOWNSHIPS;
  return createPlaceResolver(loadGazetteer(), createTownshipIndex(rows), loadSites());
}
