/**
 * Single-thread extractor cost per post, for profiling the extractor alone (no cache, no workers, no outputs):
 *   node --import tsx [--cpu-prof] scripts/bench/profileExtract.ts POSTS_DIR [N=3000]
 */
import { join } from 'node:path';
import { walkPosts } from '../build/walkPosts.ts';
import { createFileExtractor } from '../build/extractFiles.ts';
const dir = process.argv[2];
const n = Number(process.argv[3] ?? 3000);
const files = walkPosts(dir).slice(0, n);
const extract = createFileExtractor(null, 'x');
const t0 = performance.now();
extract({ rel: files[0], abs: join(dir, files[0]), known: null });
const t1 = performance.now();
let events = 0;
for (const rel of files) events += extract({ rel, abs: join(dir, rel), known: null }).output.events.length;
const t2 = performance.now();
console.log(
  `setup ${(t1 - t0).toFixed(0)} ms; ${n} posts in ${(t2 - t1).toFixed(0)} ms = ${((t2 - t1) / n).toFixed(3)} ms/post; ${events} events`,
);
