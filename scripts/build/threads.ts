import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';
import { build, type Plugin } from 'esbuild';
import { sourceVersion } from './extractorVersion.ts';
import { startTsxWorker } from './tsxWorker.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const ENTRIES = {
  buildWorker: new URL('./buildWorker.ts', import.meta.url),
  extractWorker: new URL('./extractWorker.ts', import.meta.url),
} as const;
export type ThreadName = keyof typeof ENTRIES;

/** Everything the threads run: their bundle is made again when any of it changes. */
const THREAD_SOURCES = ['scripts/build', 'scripts/extract', 'src/model', 'src/geo/data', 'src/geo/gazetteer.ts'];

/**
 * Our modules go into the bundle, each keeping the address of its source file as import.meta.url (they find their
 * data files next to themselves: `new URL('./data/towns.json', import.meta.url)`).
 */
const bundleOwnCode: Plugin = {
  name: 'bundle-own-code',
  setup(build) {
    // Packages stay outside (resolved from node_modules at run time), but for their JSON files, which are bundled:
    // Node would want an import attribute that esbuild does not carry over.
    build.onResolve({ filter: /^[^./]/ }, (args) => (args.path.endsWith('.json') ? undefined : { external: true }));
    build.onLoad({ filter: /\.ts$/ }, (args) => ({
      contents: readFileSync(args.path, 'utf8').replaceAll(
        'import.meta.url',
        JSON.stringify(pathToFileURL(args.path).href),
      ),
      loader: 'ts',
    }));
  },
};

let bundleDir: string | null | undefined;

/**
 * Make the threads' code ready as plain JavaScript, bundled with esbuild into
 * node_modules/.cache/caption-atlas/threads/KEY/ once per version of the sources. A thread started from a bundle
 * loads far faster than through tsx's loader (~80 TypeScript modules, each resolved across threads); packages stay
 * outside the bundle and resolve from the project's node_modules. When bundling fails, threads run from source
 * with tsx. Call before startThread; it is quick when the bundle is there.
 */
export const prepareThreads = async (): Promise<void> => {
  if (bundleDir !== undefined) return;
  const dir = join(ROOT, 'node_modules', '.cache', 'caption-atlas', 'threads', sourceVersion(THREAD_SOURCES));
  const ready = () => Object.keys(ENTRIES).every((name) => existsSync(join(dir, `${name}.mjs`)));
  if (ready()) {
    bundleDir = dir;
    return;
  }
  const temp = `${dir}.${process.pid}.tmp`;
  try {
    rmSync(temp, { recursive: true, force: true });
    await build({
      entryPoints: Object.fromEntries(Object.entries(ENTRIES).map(([name, url]) => [name, fileURLToPath(url)])),
      outdir: temp,
      outExtension: { '.js': '.mjs' },
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      plugins: [bundleOwnCode],
      logLevel: 'silent',
    });
    mkdirSync(join(dir, '..'), { recursive: true });
    // Bundles of earlier versions of the sources go (one per version would pile up as the code changes).
    for (const name of readdirSync(join(dir, '..'))) {
      if (!name.endsWith('.tmp')) rmSync(join(dir, '..', name), { recursive: true, force: true });
    }
    renameSync(temp, dir);
  } catch {
    rmSync(temp, { recursive: true, force: true });
  }
  // Another run may have put it in place meanwhile; otherwise the threads run from source.
  bundleDir = ready() ? dir : null;
};

/** Start one of the build's threads: from its bundle (see prepareThreads), or from source with tsx. */
export const startThread = (name: ThreadName, options: Omit<WorkerOptions, 'eval'>): Worker =>
  bundleDir ? new Worker(join(bundleDir, `${name}.mjs`), options) : startTsxWorker(ENTRIES[name], options);
