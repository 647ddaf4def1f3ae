import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

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

/** A short hash of the files under the given paths (relative to the project root), names and contents. */
const sourceVersion = (inputs: readonly string[]): string => {
  const hash = createHash('sha1');
  for (const input of inputs) {
    for (const file of filesUnder(join(ROOT, input))) {
      hash.update(file.slice(ROOT.length));
      hash.update(readFileSync(file));
    }
  }
  return hash.digest('hex').slice(0, 12);
};

/**
 * A short hash of the extractor's code and data. Content keys start with it, so any change to a parser, a rule or
 * the gazetteer re-extracts every post, and nobody has to remember to bump a number.
 */
export const extractorVersion = (): string => sourceVersion(INPUTS);

/** Beside the threads' bundle: a cache of this checkout's code, not of anyone's posts. */
const SNAPSHOTS = join(ROOT, 'node_modules', '.cache', 'caption-atlas', 'parsers');

/** Where the built parsers of an extractor version are kept between runs (see parserSnapshot.ts). */
export const parserSnapshotPath = (version: string): string => join(SNAPSHOTS, `${version}.v8`);
