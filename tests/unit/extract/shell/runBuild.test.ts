import { cpSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { densityFileSchema, eventsFileSchema } from '../../../../src/model/event.ts';
import { runBuild, type BuildSummary } from '../../../../scripts/build/runBuild.ts';
import { FIXTURES_DIR, HAVE_SEEDS, SEEDS_DIR } from '../fixtures.ts';

/** Runs the real prebuild (real parsers and gazetteer) over the fixtures and, when present, the seed posts. */
describe('runBuild', () => {
  let root: string;
  let posts: string;
  let out: string;
  let cache: string;
  let first: BuildSummary;

  const build = () => runBuild({ postsDir: posts, outDir: out, cacheDir: cache, workers: 1, progress: false });
  const readJson = (name: string): unknown => JSON.parse(readFileSync(join(out, name), 'utf8'));

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'atlas-build-'));
    posts = join(root, 'posts');
    out = join(root, 'out');
    cache = join(root, 'cache');
    cpSync(FIXTURES_DIR, join(posts, 'fixtures'), { recursive: true });
    if (HAVE_SEEDS) cpSync(SEEDS_DIR, join(posts, 'seeds'), { recursive: true });
    writeFileSync(join(posts, 'fixtures', 'not-utf8.md'), Buffer.from([0xff, 0xfe, 0x00, 0xe2, 0x86]));
    first = await build();
  }, 60_000);

  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('writes schema-valid events.json (sorted by t0) and density.json', () => {
    const events = eventsFileSchema.parse(readJson('events.json')).events;
    expect(events.length).toBe(first.events);
    expect(events.length).toBeGreaterThan(0);
    for (let i = 1; i < events.length; i++) expect(events[i].t0).toBeGreaterThanOrEqual(events[i - 1].t0);
    const density = densityFileSchema.parse(readJson('density.json'));
    const yearTotal = density.year.reduce((sum, [, n]) => sum + n, 0);
    expect(yearTotal).toBe(events.length);
  });

  it('accounts for every ↑ of every post in report.json, and for every post', () => {
    const report = readJson('report.json') as {
      summary: { posts: number };
      posts: Array<{
        path: string;
        notes: Array<{ reason: string }>;
        items: Array<{ kind: string; event?: string; reason?: string }>;
      }>;
    };
    const files = report.posts.map((post) => post.path);
    expect(files).toContain('fixtures/empty.md');
    expect(report.summary.posts).toBe(files.length);
    let arrows = 0;
    let captionItems = 0;
    for (const post of report.posts) {
      const text = readFileSync(join(posts, post.path), 'utf8');
      const body = text.replace(/^\s*---[\s\S]*?\n---/, '');
      arrows += (body.match(/[↑￪⬆]/g) ?? []).length;
      const captions = post.items.filter((item) => item.kind === 'caption');
      captionItems += captions.length;
      // Each caption item either names an event or gives a reason.
      for (const item of captions) expect(item.event !== undefined || item.reason !== undefined).toBe(true);
    }
    expect(captionItems).toBe(arrows);
    const notUtf8 = report.posts.find((post) => post.path === 'fixtures/not-utf8.md');
    expect(notUtf8?.notes[0].reason).toBe('unreadable-post');
    const badYaml = report.posts.find((post) => post.path === 'fixtures/bad-yaml.md');
    expect(badYaml?.notes[0].reason).toBe('bad-front-matter');
  });

  it('keeps going past bad posts and counts them', () => {
    expect(first.unreadable).toBe(1);
    expect(first.badFrontMatter).toBeGreaterThanOrEqual(2);
    expect(first.postsRead).toBe(first.posts - 1);
  });

  it.skipIf(!HAVE_SEEDS)('merges the 2022-08-17 visit told by two seed posts into one event', () => {
    const events = eventsFileSchema.parse(readJson('events.json')).events;
    const visit = events.filter((event) => event.date.start === '2022-08-17' && event.where.county?.name === '皇姑区');
    expect(visit).toHaveLength(1);
    expect(new Set(visit[0].sources.map((source) => source.path))).toEqual(
      new Set(['seeds/002_dc99e8bd12c8b5f6.txt', 'seeds/003_ec45d607a06b315d.txt']),
    );
    expect(visit[0].photos.length).toBeGreaterThanOrEqual(2);
  });

  it('re-runs from the cache, and re-extracts only a changed post', async () => {
    const again = await build();
    expect(again.fromCache).toBe(first.posts - 1); // the unreadable one is never cached
    expect(again.events).toBe(first.events);
    const changed = join(posts, 'fixtures', 'text-only.md');
    writeFileSync(changed, readFileSync(changed, 'utf8').replace('引言一段', '引言两段'));
    utimesSync(changed, new Date(), new Date(Date.now() + 5000));
    const third = await build();
    expect(third.extracted).toBe(2); // the changed post and the unreadable one
    expect(existsSync(join(out, 'events.json.tmp'))).toBe(false);
  });
});
