import { describe, expect, it } from 'vitest';
import { normalizeEnglish } from '../../../../scripts/extract/english/normalizeEnglish.ts';

describe('normalizeEnglish', () => {
  it('folds width, quotes, dashes between digits and spaces, and drops the arrow', () => {
    expect(normalizeEnglish('↑  Visitors  in Xi’an，Ｏｃｔ． 3 – 5, 2023')).toBe("Visitors in Xi'an,Oct. 3-5, 2023");
    expect(normalizeEnglish('“Spring”\u00a0in Wuhan')).toBe('"Spring" in Wuhan');
  });

  it('keeps ASCII punctuation and is idempotent', () => {
    const once = normalizeEnglish('A man (left) walks, Jan. 2 — 4, 2024. ');
    expect(once).toBe('A man (left) walks, Jan. 2-4, 2024.');
    expect(normalizeEnglish(once)).toBe(once);
  });
});
