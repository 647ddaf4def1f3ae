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

/**
 * A trie whose names carry numbers (ids) and whose matches carry what `valueOf` makes of them. A value is made the
 * first time a name with it is matched, so that building the trie creates no object per name (most are never
 * found). `valueOf` must give one value per id however often it is asked (the trie asks once per name list).
 */
export type LazyNameTrie<T> = Omit<NameTrie<T>, 'add'> & {
  add(name: string, id: number): void;
  /** Everything needed to make the same trie again without adding its names (see restoreNameTrie). */
  state(): NameTrieState;
};

/** The trie's tables as they are: typed arrays and numbers only, so that v8.serialize copies them as blocks. */
export interface NameTrieState {
  bits: number;
  edges: number;
  nodes: number;
  edgeTable: Int32Array;
  rootChild: Int32Array;
  rootValues: Int32Array;
  startsName: Uint32Array;
  /** The ids of list i are listIds[listStarts[i]] … listIds[listStarts[i + 1] - 1]. */
  listStarts: Int32Array;
  listIds: Int32Array;
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
const FIRST_BITS = 12;

/** A trie that stores the values given to add as they are. */
export function createNameTrie<T>(): NameTrie<T> {
  const stored: T[] = [];
  const trie = createLazyNameTrie((id) => stored[id]);
  return {
    add(name, value) {
      stored.push(value);
      trie.add(name, stored.length - 1);
    },
    matchesAt: (text, start) => trie.matchesAt(text, start),
    get size() {
      return trie.size;
    },
  };
}

/**
 * Nodes are numbers and the edges (node, character code) → child live in one open-addressing hash table, a typed
 * array of four-field slots: parent, code, child and the index of the names' values that end at the child. The trie
 * holds ~150k nodes: as a Map and an object per node it was scattered over the heap, and the prebuild's scan, run
 * between HTML parsing and everything else, spent its time on cache misses; now a step of a walk reads one aligned
 * 16-byte slot (plus its neighbours on a collision), child and values together.
 *
 * `expectedEdges` (at least the number of edges, e.g. the names' total length), when known, sizes the table once instead of doubling them while names are added.
 */
export function createLazyNameTrie<T>(valueOf: (id: number) => T): LazyNameTrie<T> {
  return lazyNameTrie(valueOf, {
    bits: FIRST_BITS,
    edges: 0,
    nodes: 1, // the root is node 0
    edgeTable: emptyTable(FIRST_BITS),
    rootChild: new Int32Array(0x10000).fill(NO_NODE),
    rootValues: new Int32Array(0x10000).fill(NO_VALUES),
    startsName: new Uint32Array(PAIR_SLOTS >>> 5),
    listStarts: new Int32Array(1),
    listIds: new Int32Array(0),
  });
}

/** What is wrong with a state (from a file: v8.deserialize gives whatever was written), or null when it fits. */
export function nameTrieStateProblem(state: NameTrieState): string | null {
  const { bits, edges, nodes, edgeTable, rootChild, rootValues, startsName, listStarts, listIds } = state;
  if (!Number.isInteger(bits) || bits < FIRST_BITS || bits > 28) return `bits ${bits}`;
  if (!Number.isInteger(edges) || !Number.isInteger(nodes) || 2 * edges > 1 << bits) return 'edge count';
  if (!(edgeTable instanceof Int32Array) || edgeTable.length !== STRIDE << bits) return 'edge table';
  if (!(rootChild instanceof Int32Array) || rootChild.length !== 0x10000) return 'root children';
  if (!(rootValues instanceof Int32Array) || rootValues.length !== 0x10000) return 'root values';
  if (!(startsName instanceof Uint32Array) || startsName.length !== PAIR_SLOTS >>> 5) return 'pair bits';
  if (!(listStarts instanceof Int32Array) || !(listIds instanceof Int32Array)) return 'value lists';
  if (listStarts.length === 0 || listStarts[0] !== 0 || listStarts[listStarts.length - 1] !== listIds.length) {
    return 'value list bounds';
  }
  return null;
}

/** The trie a state was taken of, its values made by `valueOf` as they are matched; the state's arrays are kept. */
export function restoreNameTrie<T>(state: NameTrieState, valueOf: (id: number) => T): LazyNameTrie<T> {
  return lazyNameTrie(valueOf, state);
}

function lazyNameTrie<T>(valueOf: (id: number) => T, state: NameTrieState): LazyNameTrie<T> {
  let { bits, edges, nodes, edgeTable } = state;
  const { rootChild, rootValues } = state;
  /**
   * Which pairs of codes start a longer name (hashed, so a few false hits), one bit per pair slot (128 KiB, so it
   * stays in cache between captions): most positions of a text start no name and are turned down without a walk.
   */
  const startsName = state.startsName;
  /**
   * The ids of each value list, by the index an edge slot (or rootValues) holds: arrays while names are added, then
   * packed into the state's two flat arrays at the first match (no array per list stays), unpacked again only if
   * names are added after that.
   */
  let lists: number[][] | null = null;
  /** The lists' values, made on first match of each list. */
  let made: (T[] | undefined)[] = [];
  const unpacked = (): number[][] => {
    if (!lists) {
      lists = [];
      const { listStarts, listIds } = state;
      for (let i = 0; i + 1 < listStarts.length; i++) {
        lists.push(Array.from(listIds.subarray(listStarts[i], listStarts[i + 1])));
      }
      made = [];
    }
    return lists;
  };
  const pack = (): void => {
    if (!lists) return;
    const listStarts = new Int32Array(lists.length + 1);
    for (let i = 0; i < lists.length; i++) listStarts[i + 1] = listStarts[i] + lists[i].length;
    const listIds = new Int32Array(listStarts[lists.length]);
    for (let i = 0; i < lists.length; i++) listIds.set(lists[i], listStarts[i]);
    state.listStarts = listStarts;
    state.listIds = listIds;
    lists = null;
  };
  const makeValues = (index: number): T[] => {
    pack();
    return (made[index] = Array.from(
      state.listIds.subarray(state.listStarts[index], state.listStarts[index + 1]),
      valueOf,
    ));
  };
  const valuesOf = (index: number): T[] => made[index] ?? makeValues(index);

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

  /** Add the id to list `index` (NO_VALUES: a new list), giving the list's index. */
  const store = (index: number, id: number): number => {
    const all = unpacked();
    if (index !== NO_VALUES) {
      all[index].push(id);
      return index;
    }
    all.push([id]);
    return all.length - 1;
  };

  return {
    add(name, id) {
      if (name.length === 0) return;
      const first = name.charCodeAt(0);
      if (rootChild[first] === NO_NODE) rootChild[first] = nodes++;
      if (name.length === 1) {
        rootValues[first] = store(rootValues[first], id);
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
      edgeTable[at + 3] = store(edgeTable[at + 3], id);
    },
    matchesAt(text, start) {
      if (start >= text.length) return NO_MATCHES;
      const first = text.charCodeAt(start);
      let found: TrieMatch<T>[] | null = null;
      if (rootValues[first] !== NO_VALUES) found = [{ length: 1, values: valuesOf(rootValues[first]) }];
      if (start + 1 >= text.length) return found ?? NO_MATCHES;
      const pair = pairSlot(first, text.charCodeAt(start + 1));
      if ((startsName[pair >>> 5] & (1 << (pair & 31))) === 0) return found ?? NO_MATCHES;
      let node = rootChild[first];
      for (let i = start + 1; i < text.length; i++) {
        const at = edgeAt(node, text.charCodeAt(i));
        if (at === -1) break;
        node = edgeTable[at + 2];
        const values = edgeTable[at + 3];
        if (values !== NO_VALUES) (found ??= []).push({ length: i - start + 1, values: valuesOf(values) });
      }
      return found ?? NO_MATCHES;
    },
    get size() {
      return lists ? lists.length : state.listStarts.length - 1;
    },
    state() {
      pack();
      const { listStarts, listIds } = state;
      return { bits, edges, nodes, edgeTable, rootChild, rootValues, startsName, listStarts, listIds };
    },
  };
}

/** A free edge table of 2^bits slots (every field -1: a slot is free while its parent field is NO_NODE). */
const emptyTable = (bits: number): Int32Array => new Int32Array(STRIDE << bits).fill(NO_NODE);
