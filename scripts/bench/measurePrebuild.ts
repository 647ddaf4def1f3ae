/**
 * Child process of the bench: one prebuild run (as the CLI runs it: in a heap-capped thread), then one JSON line on stdout with its summary, its own wall time
 * and its peak RSS (main thread and workers: they share the process).
 *   node --import tsx scripts/bench/measurePrebuild.ts POSTS OUT CACHE WORKERS
 */
import { runBuildInWorker } from '../build/runBuildInWorker.ts';

const [posts, out, cache, workers] = process.argv.slice(2);
const started = performance.now();
const summary = await runBuildInWorker({
  postsDir: posts,
  outDir: out,
  cacheDir: cache,
  workers: Number(workers),
  progress: false,
});
const seconds = (performance.now() - started) / 1000;
console.log(JSON.stringify({ summary, seconds, maxRssMB: Math.round(process.resourceUsage().maxRSS / 1024) }));
