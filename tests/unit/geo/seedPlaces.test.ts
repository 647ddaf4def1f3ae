import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { loadGazetteer } from '../../../scripts/extract/gazetteerData.ts';

/** The labelled seed events live beside the checkout (../shared); they are read, never copied into the project. */
const labels = new URL('../../../../shared/labels/seed-events.jsonl', import.meta.url);

interface Gold {
  province: string | null;
  prefecture: string | null;
  county: string | null;
}

describe.skipIf(!existsSync(labels))('gold places of the seed events exist in the gazetteer', () => {
  const gazetteer = loadGazetteer();
  const golds = readFileSync(labels, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => (JSON.parse(line) as { id: string; gold: Gold }).gold)
    .filter((g) => g.province !== null);

  test('there are labelled places to check', () => {
    expect(golds.length).toBeGreaterThan(10);
  });

  test('each gold chain is one gazetteer chain (province, prefecture or null, county or null)', () => {
    for (const gold of golds) {
      const leaf = gold.county ?? gold.prefecture ?? gold.province ?? '';
      const chains = gazetteer.lookup(leaf).map((d) => gazetteer.chain(d.code).map((c) => c.name));
      const expected = [gold.province, gold.prefecture, gold.county].filter((n): n is string => n !== null);
      expect(chains, leaf).toContainEqual(expected);
    }
  });
});
