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
 * Nodes are numbers and the edges (node, character code) → child live in one open-addressing hash table of typed
 * arrays. The trie holds ~150k nodes: as a Map and an object per node it is scattered over the heap, and the
 * prebuild's scan, run between HTML parsing and everything else, spent its time on cache misses.
 */
export function createNameTrie<T>(): NameTrie<T> {
  let bits = 12;
  let edgeNode = new Int32Array(1 << bits).fill(NO_NODE);
  let edgeCode = new Uint16Array(1 << bits);
  let edgeChild = new Int32Array(1 << bits);
  let edges = 0;
  /** The values stored at each node (undefined: no name ends there); index 0 is the root. */
  const valuesOf: (T[] | undefined)[] = [undefined];
  /**
   * Filters for the scan: which codes are whole one-character names, and (hashed, so a few false hits) which pairs of
   * codes start a longer name. Most positions of a text start no name; these turn them down without a walk.
   */
  const singleName = new Uint8Array(0x10000);
  const startsName = new Uint8Array(PAIR_SLOTS);
  let size = 0;

  const slotOf = (node: number, code: number): number =>
    Math.imul(node ^ Math.imul(code, 0x85ebca6b), 0x9e3779b1) >>> (32 - bits);

  const childOf = (node: number, code: number): number => {
    const mask = (1 << bits) - 1;
    for (let slot = slotOf(node, code); ; slot = (slot + 1) & mask) {
      const owner = edgeNode[slot];
      if (owner === NO_NODE) return NO_NODE;
      if (owner === node && edgeCode[slot] === code) return edgeChild[slot];
    }
  };

  const insertEdge = (node: number, code: number, child: number): void => {
    const mask = (1 << bits) - 1;
    let slot = slotOf(node, code);
    while (edgeNode[slot] !== NO_NODE) slot = (slot + 1) & mask;
    edgeNode[slot] = node;
    edgeCode[slot] = code;
    edgeChild[slot] = child;
  };

  /** Keep the table at most half full (short probe runs): double it and insert every edge again. */
  const grow = (): void => {
    const [nodes, codes, children] = [edgeNode, edgeCode, edgeChild];
    bits++;
    edgeNode = new Int32Array(1 << bits).fill(NO_NODE);
    edgeCode = new Uint16Array(1 << bits);
    edgeChild = new Int32Array(1 << bits);
    for (let slot = 0; slot < nodes.length; slot++) {
      if (nodes[slot] !== NO_NODE) insertEdge(nodes[slot], codes[slot], children[slot]);
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
        }
        node = child;
      }
      if (name.length === 1) singleName[name.charCodeAt(0)] = 1;
      else startsName[pairSlot(name.charCodeAt(0), name.charCodeAt(1))] = 1;
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
        if (start + 1 >= text.length || startsName[pairSlot(first, text.charCodeAt(start + 1))] === 0)
          return NO_MATCHES;
      }
      let found: TrieMatch<T>[] | null = null;
      let node = ROOT;
      for (let i = start; i < text.length; i++) {
        node = childOf(node, text.charCodeAt(i));
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
