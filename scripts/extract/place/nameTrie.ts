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

const NO_NODE = -1;

/** Fields of an edge slot: parent node (NO_NODE: free), character code, child node, the child's value list. */
const STRIDE = 4;
const NO_VALUES = -1;

/**
 * Nodes are numbers and the edges (node, character code) → child live in one open-addressing hash table, a typed
 * array of four-field slots: parent, code, child and the index of the names' values that end at the child. The trie
 * holds ~150k nodes: as a Map and an object per node it was scattered over the heap, and the prebuild's scan, run
 * between HTML parsing and everything else, spent its time on cache misses; now a step of a walk reads one aligned
 * 16-byte slot (plus its neighbours on a collision), child and values together.
 */
export function createNameTrie<T>(): NameTrie<T> {
  let bits = 12;
  let edgeTable = emptyTable(bits);
  let edges = 0;
  let nodes = 1; // the root is node 0
  /** The value lists, by the index an edge slot (or rootValues) holds. */
  const lists: T[][] = [];
  /** The root's children by code, and the values of one-character names: a walk starts without a table probe. */
  const rootChild = new Int32Array(0x10000).fill(NO_NODE);
  const rootValues = new Int32Array(0x10000).fill(NO_VALUES);
  /**
   * Which pairs of codes start a longer name (hashed, so a few false hits), one bit per pair slot (128 KiB, so it
   * stays in cache between captions): most positions of a text start no name and are turned down without a walk.
   */
  const startsName = new Uint32Array(PAIR_SLOTS >>> 5);

  const slotOf = (node: number, code: number): number =>
    Math.imul(node ^ Math.imul(code, 0x85ebca6b), 0x9e3779b1) >>> (32 - bits);

  /** The table index of the slot of edge (node, code), or -1. */
  const edgeAt = (node: number, code: number): number => {
    const mask = (1 << bits) - 1;
    const table = edgeTable;
    for (let slot = slotOf(node, code); ; slot = (slot + 1) & mask) {
      const at = slot * STRIDE;
      const owner = table[at];
      if (owner === NO_NODE) return -1;
      if (owner === node && table[at + 1] === code) return at;
    }
  };

  const insertEdge = (node: number, code: number, child: number, values: number): number => {
    const mask = (1 << bits) - 1;
    let slot = slotOf(node, code);
    while (edgeTable[slot * STRIDE] !== NO_NODE) slot = (slot + 1) & mask;
    const at = slot * STRIDE;
    edgeTable[at] = node;
    edgeTable[at + 1] = code;
    edgeTable[at + 2] = child;
    edgeTable[at + 3] = values;
    return at;
  };

  /** Keep the table at most half full (short probe runs): double it and insert every edge again. */
  const grow = (): void => {
    const old = edgeTable;
    bits++;
    edgeTable = emptyTable(bits);
    for (let at = 0; at < old.length; at += STRIDE) {
      if (old[at] !== NO_NODE) insertEdge(old[at], old[at + 1], old[at + 2], old[at + 3]);
    }
  };

  /** Add the value to list `index` (NO_VALUES: a new list), giving the list's index. */
  const store = (index: number, value: T): number => {
    if (index !== NO_VALUES) {
      lists[index].push(value);
      return index;
    }
    lists.push([value]);
    return lists.length - 1;
  };

  return {
    add(name, value) {
      if (name.length === 0) return;
      const first = name.charCodeAt(0);
      if (rootChild[first] === NO_NODE) rootChild[first] = nodes++;
      if (name.length === 1) {
        rootValues[first] = store(rootValues[first], value);
        return;
      }
      const pair = pairSlot(first, name.charCodeAt(1));
      startsName[pair >>> 5] |= 1 << (pair & 31);
      let node = rootChild[first];
      let at = -1;
      for (let i = 1; i < name.length; i++) {
        const code = name.charCodeAt(i);
        at = edgeAt(node, code);
        if (at === -1) {
          if (2 * (edges + 1) > 1 << bits) grow();
          at = insertEdge(node, code, nodes++, NO_VALUES);
          edges++;
        }
        node = edgeTable[at + 2];
      }
      edgeTable[at + 3] = store(edgeTable[at + 3], value);
    },
    matchesAt(text, start) {
      if (start >= text.length) return NO_MATCHES;
      const first = text.charCodeAt(start);
      let found: TrieMatch<T>[] | null = null;
      if (rootValues[first] !== NO_VALUES) found = [{ length: 1, values: lists[rootValues[first]] }];
      if (start + 1 >= text.length) return found ?? NO_MATCHES;
      const pair = pairSlot(first, text.charCodeAt(start + 1));
      if ((startsName[pair >>> 5] & (1 << (pair & 31))) === 0) return found ?? NO_MATCHES;
      let node = rootChild[first];
      for (let i = start + 1; i < text.length; i++) {
        const at = edgeAt(node, text.charCodeAt(i));
        if (at === -1) break;
        node = edgeTable[at + 2];
        const values = edgeTable[at + 3];
        if (values !== NO_VALUES) (found ??= []).push({ length: i - start + 1, values: lists[values] });
      }
      return found ?? NO_MATCHES;
    },
    get size() {
      return lists.length;
    },
  };
}

/** A free edge table of 2^bits slots. */
const emptyTable = (bits: number): Int32Array => {
  const table = new Int32Array(STRIDE << bits);
  for (let at = 0; at < table.length; at += STRIDE) table[at] = NO_NODE;
  return table;
};
