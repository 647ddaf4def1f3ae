import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Writes JSON with one top-level row per line, so regenerated files diff line by line and stay byte-identical
 * across runs (no timestamps, stable key and row order).
 */
export function writeRowsJson(path: string, header: Record<string, unknown>, rows: readonly unknown[]): number {
  const head = Object.entries(header)
    .map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`)
    .join(',\n');
  const body = rows.map((r) => JSON.stringify(r)).join(',\n');
  const text = `{\n${head},\n"rows":[\n${body}\n]}\n`;
  return writeText(path, text);
}

export function writeText(path: string, text: string): number {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  return Buffer.byteLength(text);
}
