/**
 * `npm run bench [-- --sizes 1000,20000,100000] [--runs 2] [--workers N] [--dir TMP] [--out results.json]`
 * The prebuild's throughput over generated archives of each size, beside the raw ceiling measured in the same run
 * on the same files (read + gray-matter + htmlparser2), then its peak memory and the time of a re-run with nothing
 * and with one post changed. The machine is shared: the ceiling, the cold build and the one-post re-run are each
 * measured --runs times, alternating, and the best of each is compared (all runs are printed). Then the browser benchmarks (scripts/bench/browser.ts, scripts/bench/map.ts).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import { extractorVersion, parserSnapshotPath } from '../build/extractorVersion.ts';
import type { BuildSummary } from '../build/runBuild.ts';
import { walkPosts } from '../build/walkPosts.ts';
import { ensureCorpus } from './generatePosts.ts';
import { measureCeiling } from './measureCeiling.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

const options = new Command()
  .name('bench')
  .option('--sizes <list>', 'archive sizes in posts, comma-separated', '1000,20000,100000')
  .option('--runs <n>', 'measurements of the ceiling, the cold build and the one-post re-run (best is used)', '2')
  .option('--workers <n>', 'prebuild worker threads', String(availableParallelism()))
  .option('--dir <dir>', 'where the generated archives are kept (reused between runs)', tmpdir())
  .option('--out <file>', 'also write the figures as JSON')
  .option('--no-browser', 'skip the browser benchmark')
  .parse()
  .opts<{ sizes: string; runs: string; workers: string; dir: string; out?: string; browser: boolean }>();
const runs = Math.max(1, Number(options.runs) || 1);

interface PrebuildRun {
  summary: BuildSummary;
  seconds: number;
  maxRssMB: number;
  wallSeconds: number;
}

const prebuild = (posts: string, out: string, cache: string): PrebuildRun => {
  const started = performance.now();
  const child = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'scripts/bench/measurePrebuild.ts', posts, out, cache, options.workers],
    { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 26 },
  );
  if (child.status !== 0) {
    const cause = child.stderr.split('\n').find((line) => /Error/.test(line)) ?? child.stderr.trim();
    throw new Error(`prebuild failed (exit ${child.status}): ${cause}`);
  }
  const line = child.stdout.trim().split('\n').pop() ?? '';
  return {
    ...(JSON.parse(line) as Omit<PrebuildRun, 'wallSeconds'>),
    wallSeconds: (performance.now() - started) / 1000,
  };
};

const fixed = (value: number, digits = 1) => value.toFixed(digits);
/** Where a run's time went (BuildSummary.phases), plus the start-up of the build thread: the rest of its seconds. */
const phasesOf = (run: PrebuildRun): string => {
  const phases = Object.entries(run.summary.phases);
  const inPhases = phases.reduce((sum, [, s]) => sum + s, 0);
  return [...phases, ['start-up', run.seconds - inPhases] as const]
    .map(([name, s]) => `${name} ${fixed(s, 2)} s`)
    .join(', ');
};
const thousands = (value: number) => Math.round(value).toLocaleString('en-US');

console.log(
  `node ${process.version} | ${cpus().length} cores (${cpus()[0]?.model ?? '?'}) | prebuild workers: ${options.workers}`,
);
// A cold build clears the posts' cache, not the code's: the threads' bundle and the parsers' snapshot stay (the
// first build after a change to the extractor makes them).
console.log(
  `parsers: ${existsSync(parserSnapshotPath(extractorVersion())) ? 'restored from their snapshot' : 'built by the first build (no snapshot yet)'}`,
);
/** The machine may be shared: the load beside each figure says how much of it the bench had. */
const load = () => `load ${loadavg()[0].toFixed(1)}`;
const rows: unknown[] = [];
for (const size of options.sizes.split(',').map(Number)) {
  const generating = performance.now();
  const corpus = ensureCorpus(options.dir, size);
  const mb = corpus.bytes / 1e6;
  console.log(
    `\n${thousands(size)} posts: ${fixed(mb)} MB, ${thousands(corpus.captions)} captions ` +
      (corpus.generated ? `(generated in ${fixed((performance.now() - generating) / 1000)} s)` : '(reused)'),
  );
  const files = walkPosts(corpus.dir).map((rel) => join(corpus.dir, rel));
  // Warm-up: every file once into the page cache (a cold cache made the ceiling pass 2.5 times slower in one run and
  // not in the next), then the JIT.
  for (const file of files) readFileSync(file);
  measureCeiling(files.slice(0, 200));
  const out = join(options.dir, `caption-atlas-bench-out-${size}`);
  const cache = join(options.dir, `caption-atlas-bench-cache-${size}`);
  // Alternating, so that a busy spell of the shared machine weighs on both sides; the best of each is compared.
  const ceilings: Array<ReturnType<typeof measureCeiling>> = [];
  const colds: PrebuildRun[] = [];
  for (let run = 0; run < runs; run++) {
    ceilings.push(measureCeiling(files));
    rmSync(cache, { recursive: true, force: true });
    colds.push(prebuild(corpus.dir, out, cache));
  }
  const ceiling = ceilings.reduce((best, next) => (next.seconds < best.seconds ? next : best));
  const cold = colds.reduce((best, next) => (next.seconds < best.seconds ? next : best));
  const allOf = (seconds: number[]) => (runs > 1 ? ` (runs: ${seconds.map((s) => fixed(s, 2)).join(', ')} s)` : '');
  console.log(
    `  ceiling      ${fixed(ceiling.seconds, 2).padStart(7)} s  ${fixed(mb / ceiling.seconds).padStart(6)} MB/s ` +
      `${thousands(size / ceiling.seconds).padStart(8)} posts/s   (read + gray-matter + htmlparser2, 1 thread; ${load()})` +
      allOf(ceilings.map((c) => c.seconds)),
  );
  const ratio = (size / cold.seconds / (size / ceiling.seconds)) * 100;
  console.log(
    `  prebuild     ${fixed(cold.seconds, 2).padStart(7)} s  ${fixed(mb / cold.seconds).padStart(6)} MB/s ` +
      `${thousands(size / cold.seconds).padStart(8)} posts/s   = ${fixed(ratio, 0)} % of the ceiling; ` +
      `peak RSS ${Math.max(...colds.map((c) => c.maxRssMB))} MB; ${thousands(cold.summary.events)} events ` +
      `(${thousands(cold.summary.merged)} merged); wall ${fixed(cold.wallSeconds)} s with start-up; ${load()}` +
      allOf(colds.map((c) => c.seconds)),
  );
  console.log(`               phases: ${phasesOf(cold)}`);
  // Each ceiling pass is followed by a build: the ratio of each pair, taken in the same spell of a shared machine,
  // shows how much of the best-of-each figure above is the machine rather than the code.
  const paired = ceilings.map((c, i) => (c.seconds / colds[i].seconds) * 100);
  if (runs > 1) console.log(`               each run's own ratio: ${paired.map((r) => `${fixed(r, 0)} %`).join(', ')}`);
  const changedFile = files[Math.floor(files.length / 2)];
  const original = readFileSync(changedFile, 'utf8');
  const edited = original.replace(/<\/div>\s*$/, '<p>补记：一处改动。</p></div>\n');
  if (edited === original) throw new Error(`${changedFile}: no closing </div> to add a paragraph before`);
  let unchanged: PrebuildRun;
  const changes: PrebuildRun[] = [];
  try {
    unchanged = prebuild(corpus.dir, out, cache);
    // Each run changes the post's content (edit, restore, edit …): every one extracts one post.
    for (let run = 0; run < runs; run++) {
      writeFileSync(changedFile, run % 2 === 0 ? edited : original);
      changes.push(prebuild(corpus.dir, out, cache));
    }
  } catch (error) {
    // Keep the figures measured so far (a re-run can fail when the code under it changes mid-bench).
    console.log(`  re-run       failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    rows.push({ posts: size, megabytes: mb, ceiling, prebuild: cold.seconds, maxRssMB: cold.maxRssMB });
    continue;
  } finally {
    writeFileSync(changedFile, original);
  }
  const changed = changes.reduce((best, next) => (next.seconds < best.seconds ? next : best));
  if (changes.some((run) => run.summary.extracted !== 1)) {
    console.log(
      `  re-run       warning: a one-post re-run extracted ${changes.map((r) => r.summary.extracted).join(', ')}`,
    );
  }
  console.log(
    `  re-run       ${fixed(unchanged.seconds, 2).padStart(7)} s unchanged (${unchanged.summary.fromCache} from cache), ` +
      `${fixed(changed.seconds, 2)} s with one post changed (${changed.summary.extracted} extracted); ` +
      `peak RSS ${Math.max(unchanged.maxRssMB, ...changes.map((c) => c.maxRssMB))} MB; ${load()}` +
      allOf(changes.map((c) => c.seconds)),
  );
  console.log(
    `               wall with start-up ${fixed(unchanged.wallSeconds, 2)} s and ${fixed(changed.wallSeconds, 2)} s; ` +
      `phases with one changed: ${phasesOf(changed)}`,
  );
  rows.push({
    posts: size,
    megabytes: mb,
    captions: corpus.captions,
    ceiling: { seconds: ceiling.seconds, postsPerS: size / ceiling.seconds, mbPerS: mb / ceiling.seconds },
    prebuild: {
      seconds: cold.seconds,
      postsPerS: size / cold.seconds,
      mbPerS: mb / cold.seconds,
      maxRssMB: Math.max(...colds.map((run) => run.maxRssMB)),
    },
    percentOfCeiling: ratio,
    percentOfCeilingByRun: paired,
    loadAverage: loadavg()[0],
    events: cold.summary.events,
    rerunUnchangedSeconds: unchanged.seconds,
    rerunOneChangedSeconds: changed.seconds,
    rerunOneChangedRuns: changes.map((run) => run.seconds),
    ceilingRuns: ceilings.map((run) => run.seconds),
    prebuildRuns: colds.map((run) => run.seconds),
    rerunMaxRssMB: Math.max(unchanged.maxRssMB, ...changes.map((run) => run.maxRssMB)),
  });
  rmSync(out, { recursive: true, force: true });
}
if (options.out) writeFileSync(options.out, JSON.stringify({ date: new Date().toISOString(), rows }, null, 1));

// The browser benchmarks: the timeline beside its peers, then the map's recolour while the timeline pans.
for (const [title, script] of [
  ['browser benchmark: timeline and its peers', 'scripts/bench/browser.ts'],
  ['browser benchmark: map recolour while the timeline pans', 'scripts/bench/map.ts'],
] as const) {
  const path = join(ROOT, script);
  if (!options.browser || !existsSync(path)) continue;
  console.log(`\n${title} (${script})`);
  const child = spawnSync(process.execPath, ['--import', 'tsx', path], { cwd: ROOT, stdio: 'inherit' });
  if (child.status !== 0) process.exitCode = child.status ?? 1;
}
