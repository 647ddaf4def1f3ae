/**
 * The prebuild (`npx tsx scripts/build-events.ts --posts DIR --out DIR [--quiet]`): a folder of Hexo posts →
 * events.json (an index of month chunks), density.json and report.json (post lines in report/*.jsonl). Exit 0
 * even with rejected captions; non-zero only when no post could be read. See docs/extractor.md.
 */
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { Command } from 'commander';
import { folderExists, type BuildSummary } from './build/runBuild.ts';
import { DEFAULT_HEAP_MB, runBuildInWorker } from './build/runBuildInWorker.ts';

const program = new Command()
  .name('build-events')
  .description('Extract the events of a folder of Hexo/ZAKER posts into events.json, density.json and report.json.')
  .option('--posts <dir>', 'folder of posts, searched recursively (.md, .markdown, .txt, .html)', 'content/posts')
  .option('--out <dir>', 'output folder', 'public/data')
  .option('--cache <dir>', 'what a build keeps for the next (re-runs redo only what changed)', '.cache/extract')
  .option('--no-cache', 'extract every post afresh and keep no cache')
  .option(
    '--workers <n>',
    'worker threads (default: one per core; 1, or fewer than 2,500 posts to extract: the build thread only)',
    String(availableParallelism()),
  )
  .option(
    '--heap-mb <n>',
    'heap cap of the build thread in MB (raise it for archives far above 100k posts)',
    String(DEFAULT_HEAP_MB),
  )
  .option('--quiet', 'print only the one-line summary and errors')
  .parse();

const options = program.opts<{
  posts: string;
  out: string;
  cache: string | false;
  workers: string;
  heapMb: string;
  quiet?: boolean;
}>();

const byReason = (counts: Record<string, number>): string =>
  Object.entries(counts)
    .sort((a, b) => b[1] - a[1])
    .map(([reason, n]) => `${reason} ${n}`)
    .join(', ') || 'none';

const printSummary = (summary: BuildSummary, outDir: string) => {
  const rejected = Object.values(summary.rejects).reduce((sum, n) => sum + n, 0);
  console.log(
    `Extracted ${summary.events} events from ${summary.postsRead}/${summary.posts} posts ` +
      `(${summary.captions} captions, ${rejected} rejected) in ${summary.seconds} s → ${outDir}`,
  );
  if (options.quiet) return;
  console.log(
    `  posts:    ${summary.posts} found, ${summary.postsRead} read, ${summary.unreadable} unreadable, ` +
      `${summary.badFrontMatter} with bad front matter, ${summary.postsWithoutCaption} without a caption`,
  );
  console.log(
    `  captions: ${summary.captions}, ${summary.captionEvents} became events; ` +
      `${summary.textEvents} events from dated sentences; ${summary.merged} duplicates merged`,
  );
  console.log(`  rejects:  ${byReason(summary.rejects)}`);
  console.log(`  places:   ${byReason(summary.placeNotes)} (events kept without a full place)`);
  console.log(`  images without caption: ${summary.uncaptionedImages}`);
  console.log(
    `  cache:    ${summary.fromCache} posts from cache, ${summary.extracted} extracted ` +
      `(${summary.megabytes} MB read; extractor ${summary.extractorVersion})`,
  );
  console.log(
    `  report:   ${resolve(outDir, 'report.json')} (one line per post in ${resolve(outDir, 'report')}/*.jsonl)`,
  );
};

const postsDir = resolve(options.posts);
if (!folderExists(postsDir)) {
  console.error(`No folder of posts at ${postsDir}. Give one with --posts DIR.`);
  process.exit(2);
}
const workers = Math.max(1, Number.parseInt(options.workers, 10) || 1);
const summary = await runBuildInWorker(
  {
    postsDir,
    outDir: resolve(options.out),
    cacheDir: options.cache === false ? null : resolve(options.cache),
    workers,
    progress: !options.quiet,
  },
  Number.parseInt(options.heapMb, 10) || DEFAULT_HEAP_MB,
).catch((error: unknown) => {
  // Not bad input (that is reported per post): a build that cannot run at all, e.g. another one holds the cache.
  console.error(`The prebuild stopped: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(3);
});
printSummary(summary, options.out);
if (summary.postsRead === 0) {
  console.error(summary.posts === 0 ? `No posts found under ${postsDir}.` : 'No post could be read: see report.json.');
  process.exit(1);
}
