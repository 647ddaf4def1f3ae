import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
  decodeBrowserGazetteer,
  encodeBrowserGazetteer,
  type BrowserGazetteerFile,
} from '../../../src/geo/browserGazetteer.ts';
import { createGazetteer } from '../../../src/geo/gazetteer.ts';
import type { GazetteerFile } from '../../../src/model/gazetteer.ts';

const read = <T>(name: string): T =>
  JSON.parse(readFileSync(new URL(`../../../src/geo/data/${name}`, import.meta.url), 'utf8')) as T;
const full = read<GazetteerFile>('gazetteer.json');
const browser = read<BrowserGazetteerFile>('gazetteer.browser.json');

describe("the browser's gazetteer", () => {
  test('is up to date with gazetteer.json', () => {
    expect(browser.rows).toEqual(encodeBrowserGazetteer(full).rows);
  });

  test('keeps every unit, name, parent and English name, and points within 0.005°', () => {
    const fromFull = createGazetteer(full);
    const fromBrowser = createGazetteer(decodeBrowserGazetteer(browser));
    expect(fromBrowser.divisions).toHaveLength(fromFull.divisions.length);
    for (const d of fromFull.divisions) {
      const b = fromBrowser.byCode(d.code);
      expect(b).toMatchObject({ name: d.name, level: d.level, parent: d.parent, en: d.en });
      if (d.point === null) expect(b?.point).toBeNull();
      else {
        expect(Math.abs(b!.point![0] - d.point[0])).toBeLessThanOrEqual(0.005 + 1e-9);
        expect(Math.abs(b!.point![1] - d.point[1])).toBeLessThanOrEqual(0.005 + 1e-9);
      }
    }
  });

  test("keeps the prefectures' short names that map labels use, not the extractor's former names", () => {
    const g = createGazetteer(decodeBrowserGazetteer(browser));
    expect(g.lookup('湘西州').map((d) => d.code)).toEqual(['433100']);
    expect(g.lookup('崇文区')).toEqual([]);
    expect(g.chain('141082').map((d) => d.name)).toEqual(['山西省', '临汾市', '霍州市']);
  });
});
