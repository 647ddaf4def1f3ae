import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { lockBuild } from '../../../../scripts/build/buildLock.ts';

describe('lockBuild', () => {
  let cache: string;
  beforeEach(() => {
    cache = mkdtempSync(join(tmpdir(), 'atlas-lock-'));
  });
  afterEach(() => rmSync(cache, { recursive: true, force: true }));
  const lock = () => join(cache, 'build.lock');

  it('takes the cache folder and gives it back', () => {
    const release = lockBuild(cache);
    expect(readFileSync(lock(), 'utf8')).toBe(String(process.pid));
    release();
    expect(existsSync(lock())).toBe(false);
  });

  it('refuses while another running process holds it, naming that process', () => {
    writeFileSync(lock(), String(process.ppid));
    expect(() => lockBuild(cache)).toThrow(`another build (process ${process.ppid})`);
  });

  it('takes over a lock its process left behind', () => {
    writeFileSync(lock(), '2147483646'); // no such process
    const release = lockBuild(cache);
    expect(readFileSync(lock(), 'utf8')).toBe(String(process.pid));
    release();
  });
});
