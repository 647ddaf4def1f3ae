import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { interpretEnglishCaption } from '../../../../scripts/extract/english/interpretEnglishCaption.ts';
import { isEnglishCaption } from '../../../../scripts/extract/english/isEnglishCaption.ts';
import { toEpochRange } from '../../../../scripts/extract/date/toEpochRange.ts';

interface GoldLine {
  id: string;
  text: string;
  context_date: string | null;
  date: string | null;
  date_end: string | null;
  province: string | null;
  county: string | null;
  foreign_place: string | null;
  is_event: boolean;
}

const fixture = (name: string): string => fileURLToPath(new URL(`../../../fixtures/captions/${name}`, import.meta.url));
const readLines = (path: string): GoldLine[] =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const json = JSON.parse(line) as GoldLine & { gold?: GoldLine };
      return { ...(json.gold ?? json), id: json.id, text: json.text, context_date: json.context_date };
    });

describe('english.jsonl (English captions in agency styles, labelled before scoring)', () => {
  const gold = readLines(fixture('english.jsonl'));
  const scores = { is_event: 0, date: 0, province: 0, county: 0, foreign: 0, wrongWhereNone: 0 };
  let events = 0;
  let withoutProvince = 0;
  for (const line of gold) {
    const r = interpretEnglishCaption(line.text, line.context_date, { toEpochRange });
    const isEvent = r.ok || r.reason === 'year-unknown';
    if (isEvent === line.is_event) scores.is_event++;
    if (!line.is_event) continue;
    events++;
    const where = r.ok ? r.value.where : null;
    if ((r.ok ? r.value.date.start : null) === line.date && (r.ok ? r.value.date.end : null) === line.date_end)
      scores.date++;
    if ((where?.province?.name ?? null) === line.province) scores.province++;
    if ((where?.county?.name ?? null) === line.county) scores.county++;
    if ((where?.foreign ?? null) === line.foreign_place) scores.foreign++;
    if (line.province === null) {
      withoutProvince++;
      if (where?.province) scores.wrongWhereNone++;
    }
  }

  it('scores at least the figures in docs/english-captions.md', () => {
    console.log(`english.jsonl: ${JSON.stringify(scores)} of ${gold.length} lines, ${events} events`);
    expect(gold.length).toBeGreaterThanOrEqual(80);
    expect(scores.is_event / gold.length).toBeGreaterThanOrEqual(0.97);
    expect(scores.date / events).toBeGreaterThanOrEqual(0.97);
    expect(scores.province / events).toBeGreaterThanOrEqual(0.95);
    expect(scores.county / events).toBeGreaterThanOrEqual(0.93);
    expect(scores.foreign / events).toBeGreaterThanOrEqual(0.97);
    expect(scores.wrongWhereNone / withoutProvince).toBeLessThanOrEqual(0.05);
  });

  it('is all English to the detector', () => {
    expect(gold.filter((line) => !isEnglishCaption(line.text)).map((line) => line.id)).toEqual([]);
  });
});

describe('Chinese captions never take the English path', () => {
  it('eval.jsonl and the seed labels', () => {
    const seeds = fileURLToPath(new URL('../../../../../shared/labels/seed-events.jsonl', import.meta.url));
    const lines = [...readLines(fixture('eval.jsonl')), ...(existsSync(seeds) ? readLines(seeds) : [])];
    expect(lines.filter((line) => isEnglishCaption(line.text)).map((line) => line.id)).toEqual([]);
  });
});
