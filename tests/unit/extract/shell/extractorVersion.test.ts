import { mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sourceVersion } from '../../../../scripts/build/extractorVersion.ts';

describe('sourceVersion (the extractor version behind every content key)', () => {
  let root: string;
  let kept: string;
  const version = () => sourceVersion(root, ['code', 'data.json'], kept);

  beforeEach(() => {
    root = `${mkdtempSync(join(tmpdir(), 'atlas-version-'))}${sep}`;
    kept = join(root, 'cache', 'version.json');
    mkdirSync(join(root, 'code'));
    writeFileSync(join(root, 'code', 'rules.ts'), 'export const a = 1;\n');
    writeFileSync(join(root, 'data.json'), '{"towns":[]}');
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('is the same hash whether computed or read back from where it was kept', () => {
    const first = version();
    expect(first).toMatch(/^[0-9a-f]{12}$/);
    expect(JSON.parse(readFileSync(kept, 'utf8')).version).toBe(first);
    expect(version()).toBe(first);
    rmSync(kept);
    expect(version()).toBe(first);
  });

  it('changes with a file’s content, even one of the same size, and with a new file', () => {
    const first = version();
    writeFileSync(join(root, 'code', 'rules.ts'), 'export const a = 2;\n');
    utimesSync(join(root, 'code', 'rules.ts'), new Date(), new Date(Date.now() + 5000));
    const second = version();
    expect(second).not.toBe(first);
    writeFileSync(join(root, 'code', 'more.ts'), '');
    expect(version()).not.toBe(second);
  });

  it('hashes again when what was kept is damaged', () => {
    const first = version();
    writeFileSync(kept, '{"stamp":');
    expect(version()).toBe(first);
    writeFileSync(kept, JSON.stringify({ ...JSON.parse(readFileSync(kept, 'utf8')), version: 'not a hash' }));
    expect(version()).toBe(first);
  });
});
