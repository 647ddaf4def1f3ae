import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createTestResolver } from './placeTestResolver.ts';
import { placeOf, readGold, scorePlaces } from './goldPlaces.ts';

const seedPath = fileURLToPath(new URL('../../../../../shared/labels/seed-events.jsonl', import.meta.url));
const evalPath = fileURLToPath(new URL('../../../../tests/fixtures/captions/eval.jsonl', import.meta.url));
const seeds = readGold(seedPath);
const evalSet = readGold(evalPath);

describe.skipIf(seeds === null)('resolvePlace on the 31 labelled seed events', () => {
  const resolve = createTestResolver('real');
  it.each(seeds ?? [])('$id', (caption) => {
    const { gold } = caption;
    // Non-events carry no place label; their place is not the resolver's question.
    if (!gold.is_event) return;
    expect(placeOf(resolve, caption)).toEqual({
      province: gold.province,
      prefecture: gold.prefecture,
      county: gold.county,
      foreign_place: gold.foreign_place,
    });
  });
});

describe.skipIf(evalSet === null)('resolvePlace on the gold evaluation captions', () => {
  it('meets the place targets (province ≥ 97 %, county ≥ 92 %, wrong province where none ≤ 2 %)', () => {
    const score = scorePlaces(createTestResolver('real'), evalSet ?? []);
    const pct = (a: number, b: number) => (b === 0 ? 100 : (100 * a) / b);
    console.info(
      `places: ${score.captions} event captions, exact ${score.exact}; ` +
        `province ${score.provinceRight}/${score.provinceLabelled} (${pct(score.provinceRight, score.provinceLabelled).toFixed(1)} %), ` +
        `county ${score.countyRight}/${score.countyLabelled} (${pct(score.countyRight, score.countyLabelled).toFixed(1)} %), ` +
        `wrong province where none ${score.wrongProvince}/${score.captions}`,
    );
    expect(pct(score.provinceRight, score.provinceLabelled)).toBeGreaterThanOrEqual(97);
    expect(pct(score.countyRight, score.countyLabelled)).toBeGreaterThanOrEqual(92);
    expect(pct(score.wrongProvince, score.captions)).toBeLessThanOrEqual(2);
  });
});
