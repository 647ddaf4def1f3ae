import { deserialize, serialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { createGazetteer } from '../../../src/geo/gazetteer.ts';
import { createExtractDeps, snapshotOfDeps } from '../../../scripts/extract/createExtractDeps.ts';
import { loadGazetteer } from '../../../scripts/extract/gazetteerData.ts';
import {
  createPlaceIndex,
  placeIndexState,
  restorePlaceIndex,
} from '../../../scripts/extract/place/createPlaceIndex.ts';
import { loadForeignNames } from '../../../scripts/extract/place/loadForeignNames.ts';
import { loadSites } from '../../../scripts/extract/place/loadSites.ts';
import { createTownshipIndex } from '../../../scripts/extract/place/townshipIndex.ts';
import { ALL_CASES } from './place/placeCases.ts';
import { FIXTURE_TOWNSHIPS } from './place/placeTestResolver.ts';

/** Captions of every kind of place the resolver knows (divisions, townships, sites, abroad, blockers, none). */
const CAPTIONS = [
  ...ALL_CASES.map(([text]) => text),
  '2022年1月26日，习近平在山西临汾市霍州市师庄乡冯南垣村考察。',
  '习近平在湖南湘西土家族苗族自治州花垣县排碧乡十八洞村考察。',
  '上海合作组织成员国元首理事会会议在比什凯克举行。',
];

describe('snapshotOfDeps / createExtractDeps({ snapshot })', () => {
  const built = createExtractDeps();
  const snapshot = snapshotOfDeps(built);

  it('restores deps that resolve every place as the built ones do', () => {
    const rejected: string[] = [];
    const restored = createExtractDeps({ snapshot, onSnapshotRejected: (why) => rejected.push(why) });
    expect(rejected).toEqual([]);
    for (const text of CAPTIONS) expect(restored.resolvePlace(text)).toEqual(built.resolvePlace(text));
    // A restored index can be kept again.
    const again = createExtractDeps({
      snapshot: snapshotOfDeps(restored),
      onSnapshotRejected: (why) => rejected.push(why),
    });
    expect(rejected).toEqual([]);
    expect(again.resolvePlace(CAPTIONS[0])).toEqual(built.resolvePlace(CAPTIONS[0]));
  });

  it('sets aside a snapshot that cannot be used, says why, and builds the deps', () => {
    const kept = deserialize(snapshot) as { format: string; stamp: string; place: object };
    const unusable: [string, Uint8Array, RegExp][] = [
      ['not v8 data', new Uint8Array([1, 2, 3, 4]), /cannot be read/],
      ['cut short', snapshot.subarray(0, snapshot.length >> 1), /cannot be read/],
      ['another format', serialize({ ...kept, format: 'caption-atlas extract deps, place index state 0' }), /format/],
      ['other data files', serialize({ ...kept, stamp: `${kept.stamp} (older)` }), /other data files/],
      ['a broken state', serialize({ ...kept, place: { ...kept.place, kinds: [] } }), /reading tables/],
    ];
    for (const [what, bytes, why] of unusable) {
      const rejected: string[] = [];
      const deps = createExtractDeps({ snapshot: bytes, onSnapshotRejected: (why) => rejected.push(why) });
      expect(rejected, what).toHaveLength(1);
      expect(rejected[0], what).toMatch(why);
      expect(deps.resolvePlace(CAPTIONS[0])).toEqual(built.resolvePlace(CAPTIONS[0]));
    }
  });

  it('throws for deps it did not make', () => {
    expect(() => snapshotOfDeps({ ...built })).toThrow(/createExtractDeps/);
  });
});

describe('restorePlaceIndex', () => {
  const gazetteer = loadGazetteer();
  const index = createPlaceIndex(gazetteer, createTownshipIndex(FIXTURE_TOWNSHIPS), loadSites(), loadForeignNames());

  it('gives the same readings for every name matched', () => {
    const restored = restorePlaceIndex(placeIndexState(index), gazetteer);
    if (!restored.ok) throw new Error(restored.message);
    for (const text of CAPTIONS) {
      for (let i = 0; i < text.length; i++) {
        expect(restored.value.trie.matchesAt(text, i)).toEqual(index.trie.matchesAt(text, i));
      }
    }
    expect(restored.value.problems).toEqual(index.problems);
    expect(restored.value.chainCodes('141082')).toEqual(index.chainCodes('141082'));
  });

  it('refuses a state built with another gazetteer', () => {
    const other = createGazetteer({
      source: 'test',
      vintage: 'test',
      rows: [['140000', '山西省', 0, '', '山西', null, null, '', 'Shanxi']],
    });
    const restored = restorePlaceIndex(placeIndexState(index), other);
    expect(restored.ok).toBe(false);
    if (!restored.ok) expect(restored.reason).toBe('bad-snapshot');
  });
});
