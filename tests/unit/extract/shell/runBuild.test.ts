import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  densityFileSchema,
  eventsFileSchema,
  eventsIndexSchema,
  type AtlasEvent,
} from '../../../../src/model/event.ts';
import type { ReportPost } from '../../../../scripts/build/buildReport.ts';
import { runBuild, type BuildSummary } from '../../../../scripts/build/runBuild.ts';
import { FIXTURES_DIR, HAVE_SEEDS, SEEDS_DIR } from '../fixtures.ts';

/** Builds take well under a second alone; on a loaded two-core machine, in parallel with other test files, several. */
const BUILD_TIMEOUT = 60_000;

/** Runs the real prebuild (real parsers and gazetteer) over the fixtures and, when present, the seed posts. */
describe('runBuild', () => {
  let root: string;
  let posts: string;
  let out: string;
  let cache: string;
  let first: BuildSummary;

  const build = () => runBuild({ postsDir: posts, outDir: out, cacheDir: cache, workers: 1, progress: false });
  const readJson = (name: string, dir = out): unknown => JSON.parse(readFileSync(join(dir, name), 'utf8'));
  /** Every event of an output folder: the index's chunks, in its order. */
  const readEvents = (dir = out): AtlasEvent[] =>
    eventsIndexSchema
      .parse(readJson('events.json', dir))
      .chunks.flatMap((chunk) => eventsFileSchema.parse(readJson(chunk.file, dir)).events);
  /** Every post line of an output folder's report: its parts, one JSON line per post. */
  const readReportPosts = (dir = out): ReportPost[] =>
    (readJson('report.json', dir) as { parts: string[] }).parts.flatMap((part) =>
      readFileSync(join(dir, part), 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as ReportPost),
    );
  /** An output folder's content less the build's time stamps, to compare a re-run with a build from scratch. */
  const outputOf = (dir: string) => {
    const report = readJson('report.json', dir) as { generatedAt: string; postsDir: string };
    return {
      events: readEvents(dir),
      density: readJson('density.json', dir),
      report: { ...report, generatedAt: null, postsDir: null },
      posts: readReportPosts(dir),
      chunks: readdirSync(join(dir, 'events')).sort(),
    };
  };

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'atlas-build-'));
    posts = join(root, 'posts');
    out = join(root, 'out');
    cache = join(root, 'cache');
    cpSync(FIXTURES_DIR, join(posts, 'fixtures'), { recursive: true });
    if (HAVE_SEEDS) cpSync(SEEDS_DIR, join(posts, 'seeds'), { recursive: true });
    writeFileSync(join(posts, 'fixtures', 'not-utf8.md'), Buffer.from([0xff, 0xfe, 0x00, 0xe2, 0x86]));
    first = await build();
  }, BUILD_TIMEOUT);

  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('writes schema-valid events.json (an index of month chunks, sorted by t0) and density.json', () => {
    const index = eventsIndexSchema.parse(readJson('events.json'));
    for (const chunk of index.chunks) {
      const events = eventsFileSchema.parse(readJson(chunk.file)).events;
      expect(events).toHaveLength(chunk.count);
      // A chunk holds the events that start in its China-time month.
      for (const event of events)
        expect(new Date(event.t0 + 8 * 3_600_000).toISOString().slice(0, 7)).toBe(chunk.month);
    }
    const events = readEvents();
    expect(events.length).toBe(first.events);
    expect(events.length).toBeGreaterThan(0);
    for (let i = 1; i < events.length; i++) expect(events[i].t0).toBeGreaterThanOrEqual(events[i - 1].t0);
    const density = densityFileSchema.parse(readJson('density.json'));
    const yearTotal = density.year.reduce((sum, [, n]) => sum + n, 0);
    expect(yearTotal).toBe(events.length);
  });

  it('accounts for every ↑ of every post in report.json, and for every post', () => {
    const report = { ...(readJson('report.json') as { summary: { posts: number } }), posts: readReportPosts() };
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
    const events = readEvents();
    const visit = events.filter((event) => event.date.start === '2022-08-17' && event.where.county?.name === '皇姑区');
    expect(visit).toHaveLength(1);
    expect(new Set(visit[0].sources.map((source) => source.path))).toEqual(
      new Set(['seeds/002_dc99e8bd12c8b5f6.txt', 'seeds/003_ec45d607a06b315d.txt']),
    );
    expect(visit[0].photos.length).toBeGreaterThanOrEqual(2);
  });

  it(
    're-runs from the cache, and re-extracts only a changed post',
    async () => {
      const again = await build();
      expect(again.fromCache).toBe(first.posts - 1); // the unreadable one is never cached
      expect(again.events).toBe(first.events);
      const changed = join(posts, 'fixtures', 'text-only.md');
      writeFileSync(changed, readFileSync(changed, 'utf8').replace('引言一段', '引言两段'));
      utimesSync(changed, new Date(), new Date(Date.now() + 5000));
      const third = await build();
      expect(third.extracted).toBe(2); // the changed post and the unreadable one
      expect(readdirSync(out).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    },
    BUILD_TIMEOUT,
  );

  it(
    'gives after changes, additions and removals the output a build from scratch gives',
    async () => {
      const captioned = readdirSync(join(posts, 'fixtures')).filter((name) =>
        readFileSync(join(posts, 'fixtures', name), 'utf8').includes('↑'),
      );
      expect(captioned.length).toBeGreaterThan(2);
      const [toEdit, toRemove, toCopy] = captioned;
      const edited = join(posts, 'fixtures', toEdit);
      // A new date moves the post's events to another month: both months must be written again.
      writeFileSync(
        edited,
        readFileSync(edited, 'utf8').replace(/20(\d\d)\s*年/, (_, yy: string) => `20${yy === '19' ? '18' : '19'} 年`),
      );
      utimesSync(edited, new Date(), new Date(Date.now() + 10_000));
      rmSync(join(posts, 'fixtures', toRemove));
      cpSync(join(posts, 'fixtures', toCopy), join(posts, 'fixtures', `copy-of-${toCopy}`));
      const incremental = await build();
      expect(incremental.extracted).toBe(3); // edited, added, and the unreadable one
      const fresh = join(root, 'fresh');
      const scratch = await runBuild({ postsDir: posts, outDir: fresh, cacheDir: null, workers: 1, progress: false });
      expect(incremental.events).toBe(scratch.events);
      expect(outputOf(out)).toEqual(outputOf(fresh));
      expect(existsSync(join(fresh, `.build-${process.pid}`))).toBe(false);
    },
    BUILD_TIMEOUT,
  );

  it(
    'gives the same output from worker threads as from the main thread',
    async () => {
      const threaded = join(root, 'threaded');
      const summary = await runBuild({
        postsDir: posts,
        outDir: threaded,
        cacheDir: null,
        workers: 2,
        progress: false,
        minPostsForWorkers: 1,
      });
      const expected = outputOf(join(root, 'fresh'));
      expect(summary.events).toBe(expected.events.length);
      expect(outputOf(threaded)).toEqual(expected);
    },
    BUILD_TIMEOUT,
  );

  it(
    'reports its progress to the caller (the build thread passes it to the terminal), ending at every post',
    async () => {
      for (const workers of [1, 2]) {
        const calls: Array<[number, number]> = [];
        const summary = await runBuild({
          postsDir: posts,
          outDir: join(root, `progress-${workers}`),
          cacheDir: null,
          workers,
          progress: true,
          minPostsForWorkers: 1,
          onProgress: (done, total) => calls.push([done, total]),
        });
        expect(calls.length).toBeGreaterThan(1);
        expect(calls.at(-1)).toEqual([summary.extracted, summary.extracted]);
        calls.forEach(([done, total], i) => {
          expect(total).toBe(summary.extracted);
          expect(done).toBeGreaterThanOrEqual(i === 0 ? 0 : calls[i - 1][0]);
        });
      }
    },
    BUILD_TIMEOUT,
  );

  it(
    'finds the same changes when a second thread stats half of the posts',
    async () => {
      const changed = join(posts, 'fixtures', 'text-only.md');
      writeFileSync(changed, readFileSync(changed, 'utf8').replace('引言', '导语'));
      utimesSync(changed, new Date(), new Date(Date.now() + 20_000));
      const split = () =>
        runBuild({ postsDir: posts, outDir: out, cacheDir: cache, workers: 2, progress: false, splitStatAt: 1 });
      const rerun = await split();
      expect(rerun.extracted).toBe(2); // the changed post and the unreadable one
      expect(rerun.fromCache).toBe(rerun.posts - 2);
      const fresh = join(root, 'fresh-split');
      await runBuild({ postsDir: posts, outDir: fresh, cacheDir: null, workers: 1, progress: false });
      expect(outputOf(out)).toEqual(outputOf(fresh));
      expect((await split()).extracted).toBe(1); // nothing changed but the unreadable post
    },
    BUILD_TIMEOUT,
  );

  it(
    'builds from scratch when its state no longer matches the output (report.json edited)',
    async () => {
      writeFileSync(join(out, 'report.json'), '{}');
      const rebuilt = await build();
      expect(rebuilt.fromCache).toBe(0);
      expect(outputOf(out)).toEqual(outputOf(join(root, 'fresh')));
    },
    BUILD_TIMEOUT,
  );

  it(
    'drops the state an earlier format left (state.json) when it builds from scratch',
    async () => {
      writeFileSync(join(cache, 'state.json'), '{"format":4}');
      writeFileSync(join(out, 'report.json'), '{}');
      expect((await build()).fromCache).toBe(0);
      expect(existsSync(join(cache, 'state.json'))).toBe(false);
      expect(existsSync(join(cache, 'state.v8'))).toBe(true);
      expect((await build()).extracted).toBe(1); // the state it wrote is read back: only the unreadable post again
    },
    BUILD_TIMEOUT,
  );
});
