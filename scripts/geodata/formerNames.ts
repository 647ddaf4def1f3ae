import { readHandKept } from './sourcePackages.ts';

export interface FormerName {
  former: string;
  current: string[];
  source: string;
}

export interface FormerNamesFile {
  divisions: FormerName[];
  townships: FormerName[];
}

export const readFormerNames = (): FormerNamesFile => readHandKept<FormerNamesFile>('former-names.json');

/** current code → former names, failing loudly when a hand-kept row points at a code that does not exist. */
export function formerNamesByCode(rows: FormerName[], knownCodes: ReadonlySet<string>): Map<string, string[]> {
  const byCode = new Map<string, string[]>();
  for (const row of rows) {
    for (const code of row.current) {
      if (!knownCodes.has(code)) throw new Error(`former-names.json: ${row.former} → ${code} is not a current code`);
      byCode.set(code, [...(byCode.get(code) ?? []), row.former]);
    }
  }
  return byCode;
}
