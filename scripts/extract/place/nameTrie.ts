/** A match of a stored name at some position of a text: how long it is and what the name stands for. */
export interface TrieMatch<T> {
  length: number;
  values: readonly T[];
}

/**
 * A character trie over names, built once per run. `matchesAt` walks from one position and returns every stored
 * name that starts there (shortest first), so a left-to-right scan costs text length × name depth.
 */
export interface NameTrie<T> {
  add(name: string, value: T): void;
  matchesAt(text: string, start: number): readonly TrieMatch<T>[];
  readonly size: number;
}

const PAIR_SLOTS = 1 << 20;
/** Fibonacci hashing of the two codes into PAIR_SLOTS (20 bits). */
const pairSlot = (first: number, second: number): number => Math.imul((first << 16) | second, 0x9e3779b1) >>> 12;

/** What most positions of a text get (no name starts there): one shared empty answer, nothing allocated. */
const NO_MATCHES: readonly TrieMatch<never>[] = Object.freeze([]);

const ROOT = 0;
const NO_NODE = -1;

/**
 * Nodes are numbers and the edges (node, character code) → child live in one open-addressing hash table, a typed
 * array of (node, code, child) triples. The trie holds ~150k nodes: as a Map and an object per node it is scattered
 * over the heap, and the prebuild's scan, run between HTML parsing and everything else, spent its time on cache
 * misses; with the three fields side by side a probe reads one cache line, not three arrays.
 */
export function createNameTrie<T>(): NameTrie<T> {
  let bits = 12;
  /** Slot k holds node, code and child at 3k, 3k+1, 3k+2; node NO_NODE marks a free slot. */
  let edgeTable = emptyTable(bits);
  let edges = 0;
  /** The values stored at each node (undefined: no name ends there); index 0 is the root. */
  const valuesOf: (T[] | undefined)[] = [undefined];
  /**
   * Filters for the scan: which codes are whole one-character names, and (hashed, so a few false hits) which pairs of
   * codes start a longer name, one bit per pair slot (128 KiB, so it stays in cache between captions). Most
   * positions of a text start no name; these turn them down without a walk.
   */
  const singleName = new Uint8Array(0x10000);
  /** The root's children by code: the first step of every walk without a probe of the table. */
  const rootChild = new Int32Array(0x10000).fill(NO_NODE);
  const startsName = new Uint32Array(PAIR_SLOTS >>> 5);
  let size = 0;

  const slotOf = (node: number, code: number): number =>
    Math.imul(node ^ Math.imul(code, 0x85ebca6b), 0x9e3779b1) >>> (32 - bits);

  const childOf = (node: number, code: number): number => {
    const mask = (1 << bits) - 1;
    const table = edgeTable;
    for (let slot = slotOf(node, code); ; slot = (slot + 1) & mask) {
      const at = slot * 3;
      const owner = table[at];
      if (owner === NO_NODE) return NO_NODE;
      if (owner === node && table[at + 1] === code) return table[at + 2];
    }
  };

  const insertEdge = (node: number, code: number, child: number): void => {
    const mask = (1 << bits) - 1;
    let slot = slotOf(node, code);
    while (edgeTable[slot * 3] !== NO_NODE) slot = (slot + 1) & mask;
    edgeTable[slot * 3] = node;
    edgeTable[slot * 3 + 1] = code;
    edgeTable[slot * 3 + 2] = child;
  };

  /** Keep the table at most half full (short probe runs): double it and insert every edge again. */
  const grow = (): void => {
    const old = edgeTable;
    bits++;
    edgeTable = emptyTable(bits);
    for (let at = 0; at < old.length; at += 3) {
      if (old[at] !== NO_NODE) insertEdge(old[at], old[at + 1], old[at + 2]);
    }
  };

  return {
    add(name, value) {
      if (name.length === 0) return;
      let node = ROOT;
      for (let i = 0; i < name.length; i++) {
        const code = name.charCodeAt(i);
        let child = childOf(node, code);
        if (child === NO_NODE) {
          child = valuesOf.length;
          valuesOf.push(undefined);
          if (2 * (edges + 1) > 1 << bits) grow();
          insertEdge(node, code, child);
          edges++;
          if (node === ROOT) rootChild[code] = child;
        }
        node = child;
      }
      if (name.length === 1) singleName[name.charCodeAt(0)] = 1;
      else {
        const slot = pairSlot(name.charCodeAt(0), name.charCodeAt(1));
        startsName[slot >>> 5] |= 1 << (slot & 31);
      }
      const values = valuesOf[node];
      if (values) values.push(value);
      else {
        valuesOf[node] = [value];
        size++;
      }
    },
    matchesAt(text, start) {
      if (start >= text.length) return NO_MATCHES;
      const first = text.charCodeAt(start);
      if (singleName[first] === 0) {
        if (start + 1 >= text.length) return NO_MATCHES;
        const slot = pairSlot(first, text.charCodeAt(start + 1));
        if ((startsName[slot >>> 5] & (1 << (slot & 31))) === 0) return NO_MATCHES;
      }
      let found: TrieMatch<T>[] | null = null;
      let node = ROOT;
      for (let i = start; i < text.length; i++) {
        node = i === start ? rootChild[first] : childOf(node, text.charCodeAt(i));
        if (node === NO_NODE) break;
        const values = valuesOf[node];
        if (values) (found ??= []).push({ length: i - start + 1, values });
      }
      return found ?? NO_MATCHES;
    },
    get size() {
      return size;
    },
  };
}

/** A free edge table of 2^bits slots. */
const emptyTable = (bits: number): Int32Array => {
  const table = new Int32Array(3 << bits);
  for (let at = 0; at < table.length; at += 3) table[at] = NO_NODE;
  return table;
};
