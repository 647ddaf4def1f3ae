import type { DictionaryColumn, DictionaryColumnBuilder } from './dictionaryColumn.ts';

/** A dictionary column whose row count is only an estimate: grow() makes room when more rows come than announced. */
export interface GrowableDictionaryColumnBuilder<T> extends DictionaryColumnBuilder<T> {
  grow(capacity: number): void;
}

/** Same storage as dictionaryColumn (a Uint32 code per row into the distinct values), with a codes array that grows. */
export function growableDictionaryColumn<T>(capacity: number): GrowableDictionaryColumnBuilder<T> {
  let codes = new Uint32Array(capacity);
  const values: T[] = [];
  let index: Map<string, number> | null = new Map();
  return {
    set(row, key, make) {
      if (!index) throw new Error('dictionary column already frozen');
      let code = index.get(key);
      if (code === undefined) {
        code = values.push(make()) - 1;
        index.set(key, code);
      }
      codes[row] = code;
    },
    grow(next) {
      if (next <= codes.length) return;
      const grown = new Uint32Array(next);
      grown.set(codes);
      codes = grown;
    },
    freeze(): DictionaryColumn<T> {
      index = null;
      const frozen = codes;
      return { get: (row) => values[frozen[row]] };
    },
  };
}
