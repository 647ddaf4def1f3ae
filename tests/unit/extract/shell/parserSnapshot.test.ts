import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadExtractDeps } from '../../../../scripts/build/parserSnapshot.ts';

const dir = mkdtempSync(join(tmpdir(), 'parser-snapshot-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Places that take the trie, the townships, the sites and the foreign names. */
const TEXTS = [
  '山西临汾市霍州市师庄乡冯南垣村',
  '鲁甸县小寨镇',
  '鼓楼区',
  '在酒泉卫星发射中心',
  '俄罗斯莫斯科',
  '江苏省张家港市永联村',
];
const answers = (deps: ReturnType<typeof loadExtractDeps>) => TEXTS.map((text) => deps.resolvePlace(text));

describe('loadExtractDeps', () => {
  it('writes a snapshot on the first run and gives the same answers restored from it', () => {
    const path = join(dir, 'v1.v8');
    const built = answers(loadExtractDeps(path));
    expect(existsSync(path)).toBe(true);
    const written = statSync(path).mtimeMs;
    expect(answers(loadExtractDeps(path))).toEqual(built);
    // A usable snapshot is read, not written again.
    expect(statSync(path).mtimeMs).toBe(written);
    expect(answers(loadExtractDeps(null))).toEqual(built);
  }, 30_000);

  it('builds the parsers when the snapshot is damaged, and replaces it', () => {
    const path = join(dir, 'v2.v8');
    writeFileSync(path, 'not a snapshot');
    expect(answers(loadExtractDeps(path))).toEqual(answers(loadExtractDeps(null)));
    expect(readFileSync(path, 'utf8')).not.toBe('not a snapshot');
  }, 30_000);

  it('removes snapshots of other versions once they are a day old', () => {
    const old = join(dir, 'old.v8');
    const recent = join(dir, 'recent.v8');
    writeFileSync(old, 'x');
    writeFileSync(recent, 'x');
    const twoDaysAgo = new Date(Date.now() - 2 * 86_400_000);
    utimesSync(old, twoDaysAgo, twoDaysAgo);
    loadExtractDeps(join(dir, 'v3.v8'));
    expect(existsSync(old)).toBe(false);
    expect(existsSync(recent)).toBe(true);
  }, 30_000);
});
