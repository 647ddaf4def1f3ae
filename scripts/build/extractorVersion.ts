import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeFileAtomic } from './writeAtomic.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** Everything an extraction result depends on besides the post itself: code, shared types, geodata. */
const INPUTS = [
  'scripts/extract',
  'scripts/build/extractFiles.ts',
  'src/model',
  'src/geo/data',
  'src/geo/gazetteer.ts',
];

/** Every file under a path, sorted (the path itself when it is a file). */
export const filesUnder = (path: string): string[] => {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .sort()
    .flatMap((name) => filesUnder(join(path, name)));
};

/** A short hash of the files (paths relative to root), names and contents. */
const contentHash = (root: string, files: readonly string[]): string => {
  const hash = createHash('sha1');
  for (const file of files) {
    hash.update(file.slice(root.length));
    hash.update(readFileSync(file));
  }
  return hash.digest('hex').slice(0, 12);
};

/** The files' names, sizes and mtimes: what says, without reading them, that they are as they were. */
export const stampOf = (files: readonly string[]): string => {
  const hash = createHash('sha1');
  for (const file of files) {
    const { size, mtimeMs } = statSync(file);
    hash.update(`${file}\0${size}\0${mtimeMs}\n`);
  }
  return hash.digest('hex');
};

/**
 * A short hash of the files under `inputs` (relative to `root`, a path ending in a separator), names and contents.
 * Hashing is kept in `keptAt` under the files' names, sizes and mtimes, as the threads' bundle is (threads.ts), and
 * read back while they are unchanged; a kept file that cannot be read or written only costs the hashing.
 */
export const sourceVersion = (root: string, inputs: readonly string[], keptAt: string): string => {
  const files = inputs.flatMap((input) => filesUnder(join(root, input)));
  const stamp = stampOf(files);
  try {
    const kept = JSON.parse(readFileSync(keptAt, 'utf8')) as { stamp?: unknown; version?: unknown };
    if (kept.stamp === stamp && typeof kept.version === 'string' && /^[0-9a-f]{12}$/.test(kept.version)) {
      return kept.version;
    }
  } catch {
    // none kept yet, or damaged
  }
  const version = contentHash(root, files);
  try {
    writeFileAtomic(keptAt, JSON.stringify({ stamp, version }));
  } catch {
    // a read-only checkout: hashed again next time
  }
  return version;
};

const CACHE = join(ROOT, 'node_modules', '.cache', 'caption-atlas');

/**
 * A short hash of the extractor's code and data. Content keys start with it, so any change to a parser, a rule or
 * the gazetteer re-extracts every post, and nobody has to remember to bump a number. Kept between runs: hashing the
 * 12 MB of sources and data took ~25 ms of every build (a sixth of a 1k-post re-run with nothing changed).
 */
export const extractorVersion = (): string => sourceVersion(ROOT, INPUTS, join(CACHE, 'extractor-version.json'));

/** Beside the threads' bundle: a cache of this checkout's code, not of anyone's posts. */
const SNAPSHOTS = join(CACHE, 'parsers');

/** Where the built parsers of an extractor version are kept between runs (see parserSnapshot.ts). */
export const parserSnapshotPath = (version: string): string => join(SNAPSHOTS, `${version}.v8`);
