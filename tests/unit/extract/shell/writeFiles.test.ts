import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { walkPosts } from '../../../../scripts/build/walkPosts.ts';
import { concatBytes, writeFileAtomic, writeStreamAtomic } from '../../../../scripts/build/writeAtomic.ts';

describe('walkPosts and the atomic writers', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'atlas-walk-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('lists post files recursively, sorted, relative, skipping hidden folders and other files', () => {
    for (const folder of ['b', 'a/deep', '.git', 'node_modules']) mkdirSync(join(dir, folder), { recursive: true });
    for (const file of ['b/2.md', 'a/deep/1.txt', 'a/x.png', '.git/c.md', 'node_modules/d.md', 'z.markdown']) {
      writeFileSync(join(dir, file), '');
    }
    expect(walkPosts(dir)).toEqual(['a/deep/1.txt', 'b/2.md', 'z.markdown']);
  });

  it('writes whole files and leaves no temp file behind, also when the writer throws', () => {
    const path = join(dir, 'out', 'events.json');
    writeFileAtomic(path, '{"a":1}');
    writeStreamAtomic(path, (emit) => {
      emit('[');
      for (let i = 0; i < 100_000; i++) emit(`${i},`);
      emit('0]');
    });
    expect((JSON.parse(readFileSync(path, 'utf8')) as number[]).length).toBe(100_001);
    expect(() =>
      writeStreamAtomic(path, (emit) => {
        emit('partial');
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect(readFileSync(path, 'utf8').startsWith('[0,1,')).toBe(true);
    expect(readdirSync(join(dir, 'out'))).toEqual(['events.json']);
  });

  it('joins text and bytes into one buffer, text as UTF-8, bytes as they are', () => {
    const joined = concatBytes(['{"a":"习', Buffer.from('近平"'), new Uint8Array([0x7d]), '']);
    expect(joined.toString('utf8')).toBe('{"a":"习近平"}');
    expect(concatBytes([]).length).toBe(0);
  });
});
