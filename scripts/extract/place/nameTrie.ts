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

/** What most positions of a text get (no name starts there): one shared empty answer, nothing allocated. */
const NO_MATCHES: readonly TrieMatch<never>[] = Object.freeze([]);

export function createNameTrie<T>(): NameTrie<T> {
  const root: TrieNode<T> = { next: new Map(), values: [] };
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
      if (node.values.length === 0) size++;
      node.values.push(value);
    },
    matchesAt(text, start) {
      let node = start < text.length ? root.next.get(text.charCodeAt(start)) : undefined;
      if (!node) return NO_MATCHES;
      const found: TrieMatch<T>[] = [];
      for (let i = start + 1; ; i++) {
        if (node.values.length > 0) found.push({ length: i - start, values: node.values });
        if (i >= text.length) break;
        node = node.next.get(text.charCodeAt(i));
        if (!node) break;
      }
      return found;
    },
    get size() {
      return size;
    },
  };
}
