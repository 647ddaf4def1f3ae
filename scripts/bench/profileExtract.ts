/**
 * Single-thread extractor cost per post, for profiling the extractor alone (no cache, no workers, no outputs):
 *   node --import tsx [--cpu-prof] scripts/bench/profileExtract.ts POSTS_DIR [N=3000]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { walkPosts } from '../build/walkPosts.ts';
import { createExtractDeps } from '../extract/createExtractDeps.ts';
import { extractPost } from '../extract/extractPost.ts';

const dir = process.argv[2];
const n = Number(process.argv[3] ?? 3000);
const files = walkPosts(dir).slice(0, n);
const t0 = performance.now();
const deps = createExtractDeps();
extractPost(files[0], readFileSync(join(dir, files[0]), 'utf8'), deps);
const t1 = performance.now();
let events = 0;
for (const rel of files) events += extractPost(rel, readFileSync(join(dir, rel), 'utf8'), deps).events.length;
const t2 = performance.now();
console.log(
  `setup ${(t1 - t0).toFixed(0)} ms; ${n} posts in ${(t2 - t1).toFixed(0)} ms = ${((t2 - t1) / n).toFixed(3)} ms/post; ${events} events`,
);
