import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseCaptionDate } from '../../../../scripts/extract/date/parseCaptionDate.ts';

/** The gold events of the five sample posts, read in place (never copied into the project). */
const LABELS = fileURLToPath(new URL('../../../../../shared/labels/seed-events.jsonl', import.meta.url));

interface SeedEvent {
  id: string;
  text: string;
  context_date: string | null;
  gold: { date: string | null; date_end: string | null };
}

const seeds: SeedEvent[] = existsSync(LABELS)
  ? readFileSync(LABELS, 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => JSON.parse(line) as SeedEvent)
  : [];

describe.skipIf(seeds.length === 0)('parseCaptionDate on the labelled seed events', () => {
  it('has all 31 labelled events', () => {
    expect(seeds).toHaveLength(31);
  });

  it.each(seeds.map((seed) => [seed.id, seed] as const))('%s', (_id, seed) => {
    const result = parseCaptionDate(seed.text, seed.context_date);
    const got = result.ok ? { date: result.value.start, date_end: result.value.end } : { date: null, date_end: null };
    expect(got).toEqual({ date: seed.gold.date, date_end: seed.gold.date_end });
  });
});
