/**
 * The app measured side by side with the timeline peers, in the shared harness (../shared/bench):
 *
 *   npx tsx scripts/bench/browser.ts [--sizes 1000,10000,100000] [--reps 1] [--harness DIR] [--no-build]
 *
 * Builds dist/ with relative asset URLs, runs the harness with bench/peer/ as an extra peer, writes
 * bench/results/{browser.json,RESULTS.md,screens/}, and prints the app's figures next to the peers' of the same
 * run with the targets. The harness folder is read-only: when its node_modules are missing it is copied to a temp
 * folder and `npm ci` runs there (once; the copy is reused).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Command } from 'commander';

const APP = 'caption-atlas';

function run(command: string, args: string[], cwd = process.cwd()) {
  console.log(`$ ${command} ${args.join(' ')}${cwd === process.cwd() ? '' : `   (in ${cwd})`}`);
  const result = spawnSync(command, args, { cwd, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`${command} exited with ${result.status}`);
}

/** A harness folder with its dependencies installed. */
function harnessDir(shared: string): string {
  if (existsSync(join(shared, 'node_modules', 'playwright-core'))) return shared;
  const copy = join(tmpdir(), 'caption-atlas-bench-harness');
  if (!existsSync(join(copy, 'node_modules', 'playwright-core'))) {
    cpSync(shared, copy, { recursive: true, filter: (path) => !path.includes('node_modules') });
    run('npm', ['ci', '--no-audit', '--no-fund'], copy);
  }
  return copy;
}

interface Stat {
  median: number;
  min: number;
  max: number;
}
interface Summary {
  peer: string;
  n: number;
  status: string;
  metrics: Record<string, Stat | undefined>;
}

const fmt = (stat: Stat | undefined, digits = 0) =>
  stat
    ? `${stat.median.toFixed(digits)}${stat.min !== stat.max ? ` (${stat.min.toFixed(digits)}–${stat.max.toFixed(digits)})` : ''}`
    : '–';

function report(path: string) {
  const summaries = (JSON.parse(readFileSync(path, 'utf8')) as { summary: Summary[] }).summary;
  const sizes = [...new Set(summaries.map((s) => s.n))].sort((a, b) => a - b);
  for (const n of sizes) {
    console.log(`\nN = ${n.toLocaleString('en')}`);
    console.log('peer                  status   ready ms        heap MB     zoom p95 ms   pan p95 ms');
    for (const s of summaries.filter((x) => x.n === n)) {
      const m = s.metrics;
      console.log(
        `${(s.peer === APP ? '▶ ' : '  ') + s.peer.padEnd(20)}${s.status.padEnd(9)}${fmt(m.readyMs).padEnd(16)}${fmt(m.heapUsedMB, 1).padEnd(12)}${fmt(m.zoomFrameP95Ms, 1).padEnd(14)}${fmt(m.panFrameP95Ms, 1)}`,
      );
    }
  }
  const app = (n: number) => summaries.find((s) => s.peer === APP && s.n === n);
  const echarts = summaries.find((s) => s.peer === 'echarts' && s.n === 100_000);
  const big = app(100_000);
  const mid = app(10_000);
  const check = (label: string, value: number | undefined, limit: number | undefined) => {
    const verdict = value === undefined || limit === undefined ? 'n/a   ' : value <= limit ? 'met   ' : 'MISSED';
    console.log(`${verdict} ${label}: ${value?.toFixed(1) ?? 'not measured'} (target ≤ ${limit?.toFixed(1) ?? '–'})`);
  };
  console.log('\nTargets');
  check('N=100k ready ms vs ECharts (same run)', big?.metrics.readyMs?.median, echarts?.metrics.readyMs?.median);
  check('N=100k zoom frame p95 ms', big?.metrics.zoomFrameP95Ms?.median, 20);
  check('N=100k pan frame p95 ms', big?.metrics.panFrameP95Ms?.median, 20);
  check('N=100k JS heap MB', big?.metrics.heapUsedMB?.median, 30);
  check('N=10k zoom frame p95 ms', mid?.metrics.zoomFrameP95Ms?.median, 17.5);
  check('N=10k pan frame p95 ms', mid?.metrics.panFrameP95Ms?.median, 17.5);
}

const options = new Command()
  .option('--sizes <list>', 'event counts', '1000,10000,100000')
  .option('--reps <n>', 'repetitions per cell', '1')
  .option('--harness <dir>', 'the shared harness folder', '../shared/bench')
  .option('--peers <list>', "only these of the harness's own peers")
  .option('--no-build', 'reuse dist/')
  .option('--report-only', 'print the figures of the last run')
  .parse()
  .opts<{ sizes: string; reps: string; harness: string; peers?: string; build: boolean; reportOnly?: boolean }>();

const results = 'bench/results';
if (!options.reportOnly) {
  if (options.build) run('npx', ['vite', 'build', '--base', './']);
  const harness = harnessDir(resolve(options.harness));
  const args = [join(harness, 'run.mjs'), '--peer-dir', 'bench/peer', '--sizes', options.sizes, '--reps', options.reps];
  if (options.peers) args.push('--peers', options.peers);
  run('node', [...args, '--out', results, '--screenshots']);
}
report(join(results, 'browser.json'));
