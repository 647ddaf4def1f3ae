import { describe, expect, it } from 'vitest';
import { reportPartFile, reportPartOf, reportPartsFor } from '../../../../scripts/build/reportParts.ts';

describe('report parts', () => {
  it('grows in powers of two, about a thousand posts a part, up to 256 parts', () => {
    expect([0, 1, 1000, 1001, 2000, 2001, 100_000, 10_000_000].map(reportPartsFor)).toEqual([
      1, 1, 1, 2, 2, 4, 128, 256,
    ]);
  });

  it('puts a post in the same part on every run, spread evenly', () => {
    const counts = new Array<number>(8).fill(0);
    for (let i = 0; i < 8000; i++) counts[reportPartOf(`posts/${i}.md`, 8)]++;
    for (const count of counts) expect(count).toBeGreaterThan(800);
    expect(reportPartOf('a/b.md', 8)).toBe(reportPartOf('a/b.md', 8));
    // Doubling the parts splits each part in two: a post moves only to part + old count.
    const before = reportPartOf('a/b.md', 4);
    expect([before, before + 4]).toContain(reportPartOf('a/b.md', 8));
  });

  it('names parts so they sort in order', () => {
    expect(reportPartFile(7)).toBe('report/007.jsonl');
  });
});
