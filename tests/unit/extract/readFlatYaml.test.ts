import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import { readFlatYaml } from '../../../scripts/extract/readFlatYaml.ts';
import { FIXTURES_DIR, HAVE_SEEDS, SEEDS_DIR, postFiles } from './fixtures.ts';

/** What readPost asked before the fast path: gray-matter's js-yaml 3 safeLoad. */
const jsYaml = (matter as unknown as { engines: { yaml: { parse(text: string): unknown } } }).engines.yaml.parse;
const KEPT = ['title', 'date', 'categories', 'headimg', 'permalink', 'url'];
const CONTENT_DIR = fileURLToPath(new URL('../../../content/posts/', import.meta.url));

/** The block readPost hands over: from after the opening fence up to the newline before the closing one. */
const blockOf = (text: string): string | null => {
  const source = text.replace(/^\uFEFF/, '').replace(/^(?:[ \t]*\r?\n)+(?=---)/, '');
  if (!source.startsWith('---\n')) return null;
  const rest = source.slice(3);
  const close = rest.indexOf('\n---');
  return close === -1 ? rest : rest.slice(0, close);
};

/** When the fast path answers, js-yaml must accept the block and agree on every field PostMeta reads. */
const expectSameAsJsYaml = (block: string): boolean => {
  const flat = readFlatYaml(block);
  if (flat === null) return false;
  const reference = jsYaml(block) as Record<string, unknown>;
  for (const key of KEPT) expect([key, flat[key]]).toEqual([key, reference[key]]);
  return true;
};

const EDGE_VALUES = [
  "'a''b'",
  "'a'b'",
  "''",
  '"dq"',
  '"a\\nb"',
  'plain text',
  'Sat, 23 Sep 2017 05:15:00 GMT',
  '2022-01-26 10:00:00',
  '12',
  '.inf',
  '~',
  'Null',
  'TRUE',
  'yes',
  '-x',
  'a: b',
  'a:b',
  'a #c',
  'a#c',
  '&a x',
  '!!str 1',
  '[a, b]',
  'a, b',
  'x   ',
  'x\u3000',
  'a\u0001b',
  'a\tb',
  'http://x.org/a?b=c&d#e',
  "it's",
  '',
];

describe('readFlatYaml', () => {
  it('reads the ZAKER front matter as js-yaml does', () => {
    const block =
      "\ntitle: '合成 标题'\ncategories: \n - 新媒体\n - ZAKER\nheadimg: 'http://h/1.jpg'\nauthor: ZAKER\n" +
      'comments: false\ndate: Sat, 23 Sep 2017 05:15:00 GMT';
    expect(readFlatYaml(block)).toEqual({
      title: '合成 标题',
      categories: ['新媒体', 'ZAKER'],
      headimg: 'http://h/1.jpg',
      date: 'Sat, 23 Sep 2017 05:15:00 GMT',
    });
    expect(expectSameAsJsYaml(block)).toBe(true);
  });

  it('leaves to js-yaml what it is not sure of', () => {
    for (const block of [
      '\ntitle: a\ntitle: b', // duplicate key: js-yaml throws
      '\n# comment\ntitle: a',
      '\ntitle: a\n  continued',
      '\ndate: 2022-01-26 10:00:00', // a timestamp, not text
      '\ntitle: 12',
      '\ncategories:\n - 1',
      '\ntitle: a #c',
      '\ntitle: [a, b]',
      '\ntrue: a\nTrue: b',
      '\ntitle: a\r\ndate: b',
      '\ncategories:\n - a\n  - b',
    ]) {
      expect([block, readFlatYaml(block)]).toEqual([block, null]);
    }
  });

  it('agrees with js-yaml on every edge value it accepts, for kept and other keys, alone and in lists', () => {
    let accepted = 0;
    for (const value of EDGE_VALUES) {
      for (const key of ['title', 'author']) {
        for (const block of [`\n${key}: ${value}\ndate: x`, `\n${key}:\n - ${value}\n - b\nurl: u`]) {
          if (expectSameAsJsYaml(block)) accepted++;
        }
      }
    }
    expect(accepted).toBeGreaterThan(20);
  });

  it('agrees with js-yaml on the project posts, the fixtures and the seeds', () => {
    const dirs = [CONTENT_DIR, FIXTURES_DIR, ...(HAVE_SEEDS ? [SEEDS_DIR] : [])];
    let accepted = 0;
    for (const dir of dirs) {
      for (const name of postFiles(dir)) {
        const block = blockOf(readFileSync(dir + name, 'utf8'));
        if (block !== null && expectSameAsJsYaml(block)) accepted++;
      }
    }
    expect(accepted).toBeGreaterThan(50);
  });
});
