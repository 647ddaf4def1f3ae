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
  /** 1 for codes some name starts with: most positions of a text are turned down by one array read. */
  const startsName = new Uint8Array(0x10000);
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
          if (node === root) startsName[code] = 1;
        }
        node = child;
      }
      if (node.values.length === 0) size++;
      node.values.push(value);
    },
    matchesAt(text, start) {
      if (start >= text.length || startsName[text.charCodeAt(start)] === 0) return NO_MATCHES;
      let node = root.next.get(text.charCodeAt(start));
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
