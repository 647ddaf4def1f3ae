/** A match of a stored name at some position of a text: how long it is and what the name stands for. */
export interface TrieMatch<T> {
  length: number;
  values: readonly T[];
}

interface TrieNode<T> {
  next: Map<string, TrieNode<T>>;
  values: T[];
}

/**
 * A character trie over names, built once per run. `matchesAt` walks from one position and returns every stored
 * name that starts there (shortest first), so a left-to-right scan costs text length × name depth.
 */
export interface NameTrie<T> {
  add(name: string, value: T): void;
  matchesAt(text: string, start: number): TrieMatch<T>[];
  readonly size: number;
}

export function createNameTrie<T>(): NameTrie<T> {
  const root: TrieNode<T> = { next: new Map(), values: [] };
  let size = 0;
  return {
    add(name, value) {
      if (name.length === 0) return;
      let node = root;
      for (let i = 0; i < name.length; i++) {
        const ch = name[i];
        let child = node.next.get(ch);
        if (!child) {
          child = { next: new Map(), values: [] };
          node.next.set(ch, child);
        }
        node = child;
      }
      if (node.values.length === 0) size++;
      node.values.push(value);
    },
    matchesAt(text, start) {
      const found: TrieMatch<T>[] = [];
      let node: TrieNode<T> | undefined = root;
      for (let i = start; i < text.length; i++) {
        node = node.next.get(text[i]);
        if (!node) break;
        if (node.values.length > 0) found.push({ length: i - start + 1, values: node.values });
      }
      return found;
    },
    get size() {
      return size;
    },
  };
}
