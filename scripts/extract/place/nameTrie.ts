/** A match of a stored name at some position of a text: how long it is and what the name stands for. */
export interface TrieMatch<T> {
  length: number;
  values: readonly T[];
}

/** Children keyed by UTF-16 code: the scan reads codes with charCodeAt, no one-character string per step. */
interface TrieNode<T> {
  next: Map<number, TrieNode<T>>;
  values: T[];
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

export function createNameTrie<T>(): NameTrie<T> {
  const root: TrieNode<T> = { next: new Map(), values: [] };
  /**
   * Filters for the scan: which codes are whole one-character names, and (hashed, so a few false hits) which pairs of
   * codes start a longer name. Most positions of a text start no name; these turn them down without walking the
   * trie's maps, which is the slow part of the scan.
   */
  const singleName = new Uint8Array(0x10000);
  const startsName = new Uint8Array(PAIR_SLOTS);
  let size = 0;
  return {
    add(name, value) {
      if (name.length === 0) return;
      let node = root;
      for (let i = 0; i < name.length; i++) {
        const code = name.charCodeAt(i);
        let child = node.next.get(code);
        if (!child) {
          child = { next: new Map(), values: [] };
          node.next.set(code, child);
        }
        node = child;
      }
      if (name.length === 1) singleName[name.charCodeAt(0)] = 1;
      else startsName[pairSlot(name.charCodeAt(0), name.charCodeAt(1))] = 1;
      if (node.values.length === 0) size++;
      node.values.push(value);
    },
    matchesAt(text, start) {
      if (start >= text.length) return NO_MATCHES;
      const first = text.charCodeAt(start);
      if (singleName[first] === 0) {
        if (start + 1 >= text.length || startsName[pairSlot(first, text.charCodeAt(start + 1))] === 0)
          return NO_MATCHES;
      }
      let node = root.next.get(first);
      let found: TrieMatch<T>[] | null = null;
      for (let i = start + 1; node; i++) {
        if (node.values.length > 0) (found ??= []).push({ length: i - start, values: node.values });
        node = i < text.length ? node.next.get(text.charCodeAt(i)) : undefined;
      }
      return found ?? NO_MATCHES;
    },
    get size() {
      return size;
    },
  };
}
