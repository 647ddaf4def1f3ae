import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatEventLine, monthOf, parseEventLines, type EventLine } from '../../../../scripts/build/monthLines.ts';
import { PartWriter } from '../../../../scripts/build/partWriter.ts';

const line = (post: string, id: string, t0: number, end: string | null, text = '习近平在村里考察'): EventLine => ({
  post: JSON.stringify(post),
  id,
  t0,
  merge: { start: '2022-01-26', end, region: '140000', place: '141082', text },
  json: JSON.stringify({ id, caption: 'a "quoted"\ttab' }),
});

describe('month lines', () => {
  it('read back what was written, null end dates included, and leave out the skipped posts', () => {
    const lines = [line('a/1.md', 'x1', 1643126400000, null), line('b/2.md', 'x2', 1643126400000, '2022-01-28')];
    const bytes = Buffer.from(lines.map(formatEventLine).join(''));
    const back = parseEventLines(bytes, null);
    expect(back.map(({ post, id, t0, merge, json }) => ({ post, id, t0, merge, json: json.toString() }))).toEqual(
      lines,
    );
    expect(back.map((line) => line.raw.toString())).toEqual(lines.map(formatEventLine));
    const kept = parseEventLines(bytes, new Set([JSON.stringify('a/1.md')]));
    expect(kept.map((line) => line.id)).toEqual(['x2']);
  });

  it('keep a line on one line even when a key field holds a tab or a line break', () => {
    const odd = line('c.md', 'x3', 0, null, 'two\tparts\nand a line');
    const [back] = parseEventLines(Buffer.from(formatEventLine(odd)), null);
    expect(back.merge.text).toBe('two parts and a line');
    expect(back.json.toString()).toBe(odd.json);
  });

  it('put an instant in its China calendar month', () => {
    // 2022-01-31 16:00 UTC is 1 February 00:00 in China.
    expect(monthOf(Date.UTC(2022, 0, 31, 15, 59))).toBe('2022-01');
    expect(monthOf(Date.UTC(2022, 0, 31, 16, 0))).toBe('2022-02');
    expect(monthOf(Date.UTC(1999, 11, 31, 16, 0))).toBe('2000-01');
    expect(monthOf(Date.UTC(2024, 1, 28, 16, 0))).toBe('2024-02'); // 29 February of a leap year
  });
});

describe('PartWriter', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'atlas-parts-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('appends lines to one file per key, in the order given, once flushed', () => {
    const writer = new PartWriter(dir, 'jsonl');
    writer.add('3', 'a\n');
    writer.add('1', 'b\n');
    writer.add('3', 'c\n');
    expect(readdirSync(dir)).toEqual([]);
    writer.flush();
    writer.add('3', 'd\n');
    writer.flush();
    expect(readdirSync(dir).sort()).toEqual(['1.jsonl', '3.jsonl']);
    expect(readFileSync(join(dir, '3.jsonl'), 'utf8')).toBe('a\nc\nd\n');
  });
});
