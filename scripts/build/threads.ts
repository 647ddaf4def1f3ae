import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker, workerData, type WorkerOptions } from 'node:worker_threads';
import { build, type Plugin } from 'esbuild';
import { filesUnder, stampOf } from './extractorVersion.ts';
import { startTsxWorker } from './tsxWorker.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const ENTRIES = {
  buildWorker: new URL('./buildWorker.ts', import.meta.url),
  extractWorker: new URL('./extractWorker.ts', import.meta.url),
  statWorker: new URL('./statWorker.ts', import.meta.url),
} as const;
export type ThreadName = keyof typeof ENTRIES;

/** Everything the threads run: their bundle is made again when any of it changes. */
const THREAD_SOURCES = ['scripts/build', 'scripts/extract', 'src/model', 'src/geo/data', 'src/geo/gazetteer.ts'];

/** Spelt out so that no tool that rewrites the expression in this file (Vitest does) changes the text searched for. */
const META_URL = ['import', 'meta', 'url'].join('.');

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
      contents: readFileSync(args.path, 'utf8').replaceAll(META_URL, JSON.stringify(pathToFileURL(args.path).href)),
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
  const handedDown = (workerData as { threadBundle?: string | null } | null)?.threadBundle;
  if (handedDown !== undefined) {
    bundleDir = handedDown;
    return;
  }
  // The key covers the checkout's place too (the sources' absolute paths: bundles hold their addresses) and each
  // source's size and mtime: the extractor's data are megabytes, and this runs on every build.
  const key = stampOf(THREAD_SOURCES.flatMap((source) => filesUnder(join(ROOT, source)))).slice(0, 12);
  const dir = join(ROOT, 'node_modules', '.cache', 'caption-atlas', 'threads', key);
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
      // Code loaded with import() gets its own chunk: the build thread loads the parsers (and their packages) only
      // when it extracts in its own thread.
      splitting: true,
      target: 'node20',
      plugins: [bundleOwnCode],
      logLevel: 'silent',
    });
    // A module whose address was not kept would look for its data beside the bundle: then run from source.
    for (const name of Object.keys(ENTRIES)) {
      if (readFileSync(join(temp, `${name}.mjs`), 'utf8').includes(META_URL))
        throw new Error(`${name}: ${META_URL} left`);
    }
    mkdirSync(join(dir, '..'), { recursive: true });
    // Bundles of earlier versions of the sources go after a day (one per version would pile up as code changes;
    // a build still running from one must keep it).
    for (const name of readdirSync(join(dir, '..'))) {
      const path = join(dir, '..', name);
      if (Date.now() - statSync(path).mtimeMs > 86_400_000) rmSync(path, { recursive: true, force: true });
    }
    renameSync(temp, dir);
  } catch {
    rmSync(temp, { recursive: true, force: true });
  }
  // Another run may have put it in place meanwhile; otherwise the threads run from source.
  bundleDir = ready() ? dir : null;
};

/** Flags that load a module before the entry, whose value (`--import tsx`, `--import=…/tsx/…`) may be tsx. */
const LOADER_FLAGS = new Set(['--import', '--require', '-r', '--loader', '--experimental-loader']);
const isTsx = (value: string) => value === 'tsx' || /[\\/]tsx[\\/]/.test(value);

/**
 * The parent's Node flags less those that load tsx. A thread inherits them, and one that runs plain JavaScript from
 * the bundle would otherwise load tsx and start tsx's loader thread for nothing (measured: ~120 ms a thread).
 */
export const withoutTsx = (execArgv: readonly string[]): string[] => {
  const kept: string[] = [];
  for (let i = 0; i < execArgv.length; i++) {
    const [flag, inline] = execArgv[i].split(/=(.*)/s);
    if (!LOADER_FLAGS.has(flag)) {
      kept.push(execArgv[i]);
      continue;
    }
    const value = inline ?? execArgv[i + 1] ?? '';
    const args = inline === undefined ? execArgv.slice(i, i + 2) : [execArgv[i]];
    if (!isTsx(value)) kept.push(...args);
    i += args.length - 1;
  }
  return kept;
};

/**
 * Start one of the build's threads: from its bundle (see prepareThreads), or from source with tsx. An object
 * workerData carries the bundle's place down (`threadBundle`), so a thread that starts threads need not look again.
 */
export const startThread = (name: ThreadName, options: Omit<WorkerOptions, 'eval'>): Worker => {
  const data: unknown = options.workerData;
  const withBundle =
    data && typeof data === 'object'
      ? { ...options, workerData: { ...data, threadBundle: bundleDir ?? null } }
      : options;
  if (!bundleDir) return startTsxWorker(ENTRIES[name], withBundle);
  const entry = join(bundleDir, `${name}.mjs`);
  const execArgv = withoutTsx(process.execArgv);
  if (execArgv.length === process.execArgv.length) return new Worker(entry, withBundle);
  try {
    return new Worker(entry, { execArgv, ...withBundle });
  } catch (error) {
    // Flags given explicitly are checked, and V8's (--max-old-space-size, --stack-size) are refused: they hold for
    // the whole process anyway, so the thread starts with none of the parent's flags.
    if ((error as { code?: string }).code !== 'ERR_WORKER_INVALID_EXEC_ARGV') throw error;
    return new Worker(entry, { execArgv: [], ...withBundle });
  }
};
