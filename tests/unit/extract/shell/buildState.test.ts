import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyCounts } from '../../../../scripts/build/buildReport.ts';
import { readState, serializeState, statePathOf, type BuildState } from '../../../../scripts/build/buildState.ts';

describe('the build state', () => {
  let cache: string;
  let out: string;
  const partPath = (part: number) => join(out, 'report', `${part}.jsonl`);
  const expected = () => ({ version: 'v1', postsDir: '/posts', outDir: out });
  const state = (): BuildState => ({
    version: 'v1',
    postsDir: '/posts',
    outDir: out,
    generatedAt: '2026-11-22T00:00:00.000Z',
    summary: emptyCounts(),
    reportParts: 1,
    reportBytes: 3,
    posts: {
      paths: ['a.md', 'b/c.md'],
      sizes: Float64Array.of(10, 20),
      mtimes: Float64Array.of(1.5, 2.25),
      keys: ['k1', ''],
      months: ['2022-01,2022-02', ''],
    },
    months: { '2022-01': { count: 1, merged: 0, mergedJson: '', density: { day: [], month: [], year: [] } } },
  });

  beforeEach(() => {
    cache = mkdtempSync(join(tmpdir(), 'atlas-state-'));
    out = join(cache, 'out');
    mkdirSync(join(out, 'report'), { recursive: true });
    writeFileSync(join(out, 'events.json'), '{}');
    writeFileSync(join(out, 'report.json'), '{}\n');
    writeFileSync(partPath(0), '');
    writeFileSync(statePathOf(cache), serializeState(state()));
  });
  afterEach(() => rmSync(cache, { recursive: true, force: true }));

  it('reads back what it wrote while the outputs are the ones it describes', () => {
    expect(readState(cache, expected(), partPath)).toEqual(state());
  });

  it('is not trusted for another extractor version, posts folder or output folder', () => {
    expect(readState(cache, { ...expected(), version: 'v2' }, partPath)).toBeNull();
    expect(readState(cache, { ...expected(), postsDir: '/other' }, partPath)).toBeNull();
    expect(readState(cache, { ...expected(), outDir: join(cache, 'elsewhere') }, partPath)).toBeNull();
  });

  it('is not trusted when report.json changed or a report part is missing', () => {
    writeFileSync(join(out, 'report.json'), '{"edited":true}\n');
    expect(readState(cache, expected(), partPath)).toBeNull();
    writeFileSync(join(out, 'report.json'), '{}\n');
    rmSync(partPath(0));
    expect(readState(cache, expected(), partPath)).toBeNull();
  });

  it('is not trusted when its posts are out of walk order (the scan matches them in one sorted pass)', () => {
    const unsorted = state();
    unsorted.posts.paths = ['b/c.md', 'a.md'];
    writeFileSync(statePathOf(cache), serializeState(unsorted));
    expect(readState(cache, expected(), partPath)).toBeNull();
  });

  it('is not trusted when a path with a line break would shift its columns, or when it is damaged', () => {
    writeFileSync(
      statePathOf(cache),
      serializeState({ ...state(), posts: { ...state().posts, paths: ['a\n.md', 'b'] } }),
    );
    expect(readState(cache, expected(), partPath)).toBeNull();
    writeFileSync(statePathOf(cache), '{"format":');
    expect(readState(cache, expected(), partPath)).toBeNull();
  });

  it('is not trusted when its months are of another shape (a state an earlier build of this format wrote)', () => {
    const old = state() as unknown as { months: Record<string, unknown> };
    old.months = { '2022-01': { count: 1, merged: [], density: { day: [], month: [], year: [] } } };
    writeFileSync(statePathOf(cache), serializeState(old as unknown as BuildState));
    expect(readState(cache, expected(), partPath)).toBeNull();
  });
});
