/**
 * The main job (`npm start -- [--posts DIR] [--port N] [--host ADDR]`): extract the events of a folder of posts,
 * build the app over them, and serve it, printing the address. Ctrl-C stops the server.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { Command } from 'commander';
import { build, preview } from 'vite';

const program = new Command()
  .name('npm start --')
  .description('Build the Caption Atlas timeline and map over a folder of posts and serve it.')
  .option('--posts <dir>', 'folder of Hexo posts (front matter + ZAKER HTML), searched recursively', 'content/posts')
  .option('--port <n>', 'port to serve on (0: any free port)', '4173')
  .option('--host <addr>', 'address to listen on', '127.0.0.1')
  .parse();

const options = program.opts<{ posts: string; port: string; host: string }>();
const posts = resolve(options.posts);
if (!existsSync(posts) || !statSync(posts).isDirectory()) {
  console.error(`No folder of posts at ${posts}. Give one with --posts DIR.`);
  process.exit(2);
}

console.log(`› extracting events from ${posts}`);
const extract = spawnSync(
  process.execPath,
  ['--import', 'tsx', 'scripts/build-events.ts', '--posts', posts, '--out', 'public/data'],
  { stdio: 'inherit' },
);
if (extract.status !== 0) {
  console.error('The prebuild could not read any post; nothing to show. See the messages above.');
  process.exit(extract.status ?? 1);
}

console.log('› building the app');
await build({ logLevel: 'warn' });

const server = await preview({ preview: { host: options.host, port: Number(options.port), open: false } });
const url = server.resolvedUrls?.local[0] ?? server.resolvedUrls?.network[0];
console.log(
  `\n  Caption Atlas is served at ${url}\n  (English: ${url}?lang=en · the report: ${url}data/report.json)\n`,
);
