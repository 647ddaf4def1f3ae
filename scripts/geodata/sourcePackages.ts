import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The heavy source packages live in scripts/geodata/node_modules (their own package.json), not in the root install,
 * so they are loaded by path at run time and never imported statically: the root typecheck must pass without them.
 */
export const geodataDir = dirname(fileURLToPath(import.meta.url));
export const repoRoot = join(geodataDir, '..', '..');

export const requireSource = createRequire(join(geodataDir, 'package.json'));

/** Absolute path of a file inside an installed source package, e.g. sourcePath('echarts', 'map/json/china.json'). */
export function sourcePath(pkg: string, file: string): string {
  return join(geodataDir, 'node_modules', pkg, file);
}

export function readSourceJson<T>(pkg: string, file: string): T {
  return JSON.parse(readFileSync(sourcePath(pkg, file), 'utf8')) as T;
}

export function readHandKept<T>(file: string): T {
  return JSON.parse(readFileSync(join(geodataDir, 'sources', file), 'utf8')) as T;
}
