import { describe, expect, it } from 'vitest';
import {
  createLazyNameTrie,
  nameTrieStateProblem,
  restoreNameTrie,
} from '../../../../scripts/extract/place/nameTrie.ts';

const NAMES: [string, number][] = [
  ['湘西', 0],
  ['湘西土家族苗族自治州', 1],
  ['湘西州', 0], // a second name of reading 0
  ['花垣县', 2],
  ['县', 3],
];
const TEXT = '在湘西土家族苗族自治州花垣县和湘西州';

/** A valueOf as the place index gives it: one value per id, made on first ask; `made` records the asks. */
const valueMaker = () => {
  const made: number[] = [];
  const values: { id: number }[] = [];
  const valueOf = (id: number) => {
    made.push(id);
    return (values[id] ??= { id });
  };
  return { made, valueOf };
};

const build = () => {
  const { made, valueOf } = valueMaker();
  const trie = createLazyNameTrie(valueOf);
  for (const [name, id] of NAMES) trie.add(name, id);
  return { trie, made };
};

const allMatches = (trie: ReturnType<typeof build>['trie']) =>
  [...TEXT].map((_, i) => trie.matchesAt(TEXT, i).map((m) => [m.length, m.values.map((v) => v.id)]));

describe('createLazyNameTrie', () => {
  it('asks for values only when a name is matched, once per name', () => {
    const { trie, made } = build();
    expect(made).toEqual([]);
    const first = trie.matchesAt(TEXT, 1);
    expect(first.map((m) => [m.length, m.values.map((v) => v.id)])).toEqual([
      [2, [0]],
      [10, [1]],
    ]);
    expect(made).toEqual([0, 1]);
    trie.matchesAt(TEXT, 1);
    expect(made).toEqual([0, 1]);
    const later = trie.matchesAt(TEXT, TEXT.indexOf('湘西州'));
    expect(later[1].values[0]).toBe(first[0].values[0]);
    expect(made).toEqual([0, 1, 0]);
    expect(trie.size).toBe(5);
  });
});

describe('createLazyNameTrie after a match', () => {
  it('still takes names, and its matches show them', () => {
    const { trie } = build();
    expect(trie.matchesAt(TEXT, 1)[0].values.map((v) => v.id)).toEqual([0]);
    trie.add('湘西', 4);
    trie.add('和湘西', 5);
    expect(trie.matchesAt(TEXT, 1)[0].values.map((v) => v.id)).toEqual([0, 4]);
    expect(trie.matchesAt(TEXT, TEXT.indexOf('和')).map((m) => m.values.map((v) => v.id))).toEqual([[5]]);
    expect(trie.size).toBe(6);
  });
});

describe('restoreNameTrie', () => {
  it('gives the same matches as the trie its state was taken of, adding nothing', () => {
    const { trie } = build();
    const state = trie.state();
    expect(nameTrieStateProblem(state)).toBeNull();
    const { made, valueOf } = valueMaker();
    const restored = restoreNameTrie(state, valueOf);
    expect(made).toEqual([]);
    expect(restored.size).toBe(trie.size);
    expect(allMatches(restored)).toEqual(allMatches(trie));
    expect(made.sort()).toEqual([0, 0, 1, 2, 3]);
  });

  it('takes more names after a restore', () => {
    const restored = restoreNameTrie(build().trie.state(), (id) => ({ id }));
    restored.add('和湘西', 4);
    restored.add('湘西', 5);
    expect(restored.matchesAt(TEXT, TEXT.indexOf('和')).map((m) => m.values.map((v) => v.id))).toEqual([[4]]);
    expect(restored.matchesAt(TEXT, 1)[0].values.map((v) => v.id)).toEqual([0, 5]);
  });

  it('names what is wrong with a state read from a broken file', () => {
    const state = build().trie.state();
    expect(nameTrieStateProblem({ ...state, edgeTable: state.edgeTable.subarray(4) })).toBe('edge table');
    expect(nameTrieStateProblem({ ...state, listIds: state.listIds.subarray(1) })).toBe('value list bounds');
    expect(nameTrieStateProblem({ ...state, bits: 3 })).toBe('bits 3');
  });
});
