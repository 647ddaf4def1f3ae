import { describe, expect, it } from 'vitest';
import type { Result } from '../../../../src/model/result.ts';
import type { PlaceSpec } from '../../../../scripts/extract/place/placeSpec.ts';
import { ALL_CASES } from './placeCases.ts';
import { createTestResolver } from './placeTestResolver.ts';

/** The result in the table's notation: 'province/prefecture/county', 'abroad:…', or the failure reason. */
export function describePlace(result: Result<PlaceSpec, string>): string {
  if (!result.ok) return result.reason;
  const p = result.value;
  if (p.foreign) return `abroad:${p.foreign}`;
  return [p.province, p.prefecture, p.county].map((d) => d?.name ?? '-').join('/');
}

describe('resolvePlace over the table of public-fact cases', () => {
  const resolve = createTestResolver();

  it('has at least 150 cases', () => {
    expect(ALL_CASES.length).toBeGreaterThanOrEqual(150);
  });

  it.each(ALL_CASES)('%s → %s', (text, expected) => {
    expect(describePlace(resolve(text))).toBe(expected);
  });
});
