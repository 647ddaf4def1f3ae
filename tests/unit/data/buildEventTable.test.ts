import { describe, expect, test } from 'vitest';
import { atlasEventSchema, type AtlasEvent } from '../../../src/model/event.ts';
import { buildEventTable, createEventTableBuilder } from '../../../src/data/buildEventTable.ts';
import type { EventTable } from '../../../src/data/eventTable.ts';
import { benchEventsToTable } from '../../../src/data/benchEventsToTable.ts';
import { parseEventsPayload } from '../../../src/data/parseEventsPayload.ts';
import { partialDateSpan } from '../../../src/data/chinaTime.ts';
import { densityOfTimes } from '../../../src/data/densityOfTimes.ts';
import { dataUrls } from '../../../src/data/dataUrls.ts';
import type { Division } from '../../../src/model/gazetteer.ts';

function event(id: string, start: string, overrides: Partial<AtlasEvent> = {}): AtlasEvent {
  const [t0, t1] = partialDateSpan(start);
  return {
    id,
    kind: 'caption',
    date: {
      start,
      end: null,
      precision: start.length === 10 ? 'day' : start.length === 7 ? 'month' : 'year',
      written: start,
    },
    t0,
    t1,
    who: ['某人'],
    where: {
      province: { code: '140000', name: '山西省' },
      prefecture: { code: '141000', name: '临汾市' },
      county: { code: '141082', name: '霍州市' },
      local: '某乡某村',
      foreign: null,
      point: [111.755, 36.568],
      pointLevel: 'county',
    },
    what: '在村里考察',
    caption: `${start}，某人在某地考察`,
    photos: [{ src: 'demo-photos/a.jpg', width: 10, height: 20 }],
    sources: [{ path: 'a.md', title: '标题', date: null, url: null }],
    confidence: 0.9,
    rules: ['r1'],
    ...overrides,
  };
}

describe('buildEventTable', () => {
  test('fills every column from the records, in t0 order', () => {
    const events = [
      event('b', '2022-01-26'),
      event('a', '2020-06', {
        kind: 'text',
        where: {
          ...event('x', '2020').where,
          foreign: '俄罗斯',
          province: null,
          prefecture: null,
          county: null,
          point: null,
          pointLevel: null,
        },
      }),
    ];
    const table = buildEventTable(events);
    expect(table.size).toBe(2);
    expect(table.ids).toEqual(['a', 'b']);
    expect(table.t0[0]).toBe(partialDateSpan('2020-06')[0]);
    expect(table.precision[0]).toBe(1);
    expect(table.precision[1]).toBe(0);
    expect(table.kind[0]).toBe(1);
    expect(table.province[0]).toBe(0);
    expect(table.foreign[0]).toBe(1);
    expect(Number.isNaN(table.lon[0])).toBe(true);
    expect(table.province[1]).toBe(140000);
    expect(table.prefecture[1]).toBe(141000);
    expect(table.county[1]).toBe(141082);
    expect(table.lon[1]).toBeCloseTo(111.755, 4);
    expect(table.pointLevel[1]).toBe(3);
    expect(table.captions[1]).toBe('2022-01-26，某人在某地考察');
    expect(table.indexOf('b')).toBe(1);
    expect(table.indexOf('nope')).toBe(-1);
  });

  test('event(i) gives back a valid record equal to the input', () => {
    const input = event('b', '2022-01-26', { where: { ...event('x', '2020').where, ambiguous: ['350102', '320106'] } });
    const table = buildEventTable([input]);
    const back = table.event(0);
    expect(atlasEventSchema.parse(back)).toEqual(back);
    expect(back).toEqual(input);
    expect(() => table.event(1)).toThrow(RangeError);
  });

  test('rows that share a source share one copy of it', () => {
    const shared = [{ path: 'same.md', title: 'x', date: null, url: null }];
    const table = buildEventTable([
      event('a', '2022-01-01', { sources: shared }),
      event('b', '2022-01-02', { sources: [{ ...shared[0] }] }),
    ]);
    expect(table.event(0).sources).toEqual(table.event(1).sources);
  });
});

/** Events that exercise every way a row is stored: shared and own values, several photos, ties on t0, no place. */
function variedEvents(count: number): AtlasEvent[] {
  const days = ['2019-03-02', '2019-03-02', '2019-03-15', '2019-04', '2019-04-01', '2020', '2020-06-19'];
  return Array.from({ length: count }, (_, i) => {
    const start = days[Math.floor((i * days.length) / count)];
    const base = event(`e${String((i * 7919) % 1000).padStart(3, '0')}-${i}`, start);
    return {
      ...base,
      kind: i % 5 === 0 ? 'text' : 'caption',
      date: { ...base.date, end: i % 4 === 0 ? '2022-12-31' : null, written: i % 3 === 0 ? '当天' : start },
      who: i % 6 === 0 ? [] : i % 6 === 1 ? ['甲', '乙'] : [`人${i % 4}`],
      where:
        i % 9 === 0
          ? {
              ...base.where,
              province: null,
              prefecture: null,
              county: null,
              local: null,
              point: null,
              pointLevel: null,
            }
          : {
              ...base.where,
              foreign: i % 11 === 0 ? '俄罗斯' : null,
              local: i % 2 ? `村${i % 3}` : null,
              point: [100 + (i % 13) / 8, 30 + (i % 7) / 16],
              ...(i % 10 === 3 ? { ambiguous: ['350102', '320106'] } : {}),
            },
      what: i % 8 === 0 ? '不在说明里的事' : i % 8 === 1 ? '' : base.what,
      caption: `${start}，某人在某地考察第${i}次`,
      photos:
        i % 7 === 0
          ? []
          : i % 7 === 1
            ? [
                { src: `p/${i}a.jpg`, width: null, height: null },
                { src: `p/${i}b.jpg`, width: 3, height: 4 },
              ]
            : [{ src: `p/${i}.jpg`, width: i, height: i % 5 ? 2 * i : null }],
      sources:
        i % 10 === 0
          ? [
              { path: `s${i % 3}.md`, title: `标题${i % 3}`, date: null, url: null },
              { path: 'x.md', title: 'x', date: '2020-01-01', url: 'http://h/x' },
            ]
          : [{ path: `s${i % 3}.md`, title: `标题${i % 3}`, date: null, url: null }],
      confidence: (i % 10) / 10,
      rules: i % 2 ? ['r1'] : ['r1', 'r2'],
    };
  });
}

/** Splits `events` into chunks of the given sizes (the last takes the rest). */
function chunked(events: readonly AtlasEvent[], sizes: readonly number[]): AtlasEvent[][] {
  const chunks: AtlasEvent[][] = [];
  let at = 0;
  for (const size of sizes) {
    chunks.push(events.slice(at, at + size));
    at += size;
  }
  chunks.push(events.slice(at));
  return chunks;
}

function builtInChunks(chunks: readonly (readonly AtlasEvent[])[], totalRows: number): EventTable {
  const builder = createEventTableBuilder(totalRows);
  for (const chunk of chunks) builder.add(chunk);
  return builder.finish();
}

const COLUMNS = [
  'ids',
  't0',
  't1',
  'precision',
  'kind',
  'province',
  'prefecture',
  'county',
  'foreign',
  'lon',
  'lat',
  'pointLevel',
  'captions',
] as const;

/** Every column (type, length and values) and every row's record of `actual` equal `expected`'s. */
function expectSameTable(actual: EventTable, expected: EventTable) {
  expect(actual.size).toBe(expected.size);
  for (const name of COLUMNS) {
    const [got, want]: ArrayLike<unknown>[] = [actual[name], expected[name]];
    expect(got.constructor, name).toBe(want.constructor);
    expect(got.length, name).toBe(expected.size);
    expect(Array.from(got), name).toEqual(Array.from(want));
  }
  for (let row = 0; row < expected.size; row++) {
    expect(actual.event(row)).toEqual(expected.event(row));
    expect(actual.indexOf(expected.ids[row])).toBe(row);
  }
  expect(() => actual.event(expected.size)).toThrow(RangeError);
}

/** The order buildEventTable promises: t0, then id. */
const byTimeThenId = (a: AtlasEvent, b: AtlasEvent) => a.t0 - b.t0 || (a.id < b.id ? -1 : 1);

describe('createEventTableBuilder', () => {
  const events = variedEvents(120);

  test('the varied events are valid records and come back unchanged from a table built at once', () => {
    for (const e of events) atlasEventSchema.parse(e);
    const table = buildEventTable(events);
    expect(Array.from({ length: table.size }, (_, row) => table.event(row))).toEqual(events);
  });

  test.each([
    ['one chunk', [120]],
    ['even chunks', [30, 30, 30]],
    ['uneven chunks with empty ones', [0, 1, 47, 0, 13, 58]],
    ['one row per chunk', Array.from({ length: 119 }, () => 1)],
  ])('adding %s gives the table buildEventTable gives', (_, sizes) => {
    expectSameTable(builtInChunks(chunked(events, sizes), events.length), buildEventTable(events));
  });

  test('chunks out of time order fall back to sorting: the same table as sorting first', () => {
    const [a, b, c, d] = chunked(events, [30, 30, 30]);
    const shuffled = [c, a, d, b];
    const table = builtInChunks(shuffled, events.length);
    const sorted = shuffled.flat().sort(byTimeThenId);
    expectSameTable(table, buildEventTable(sorted));
    expect(Array.from({ length: table.size }, (_, row) => table.event(row))).toEqual(sorted);
    expectSameTable(table, buildEventTable(shuffled.flat()));
  });

  test('one row out of place inside a chunk is sorted too, ties on t0 by id', () => {
    const late = event('z', '2019-05-01');
    const early = [event('b', '2019-03-02'), event('a', '2019-03-02')];
    const table = builtInChunks([[late, ...early], [event('c', '2019-06-01')]], 4);
    expect(table.ids).toEqual(['a', 'b', 'z', 'c']);
    expect(table.event(0)).toEqual(early[1]);
  });

  test('records already in t0 order keep their order on ties (the sort only runs when t0 goes back)', () => {
    const tied = [event('b', '2019-03-02'), event('a', '2019-03-02')];
    expect(builtInChunks([tied], 2).ids).toEqual(['b', 'a']);
    expect(buildEventTable(tied).ids).toEqual(['b', 'a']);
  });

  test.each([
    ['under-counts (the columns grow)', 0],
    ['under-counts a little', 119],
    ['over-counts (the columns are trimmed)', 500],
    ['is not a number', NaN],
  ])('a total that %s still gives the same table', (_, totalRows) => {
    const chunks = chunked(events, [7, 40, 1, 30]);
    expectSameTable(builtInChunks(chunks, totalRows), buildEventTable(events));
    const [a, b, c, d, e] = chunks;
    const table = builtInChunks([e, b, a, d, c], totalRows);
    expectSameTable(table, buildEventTable([...events].sort(byTimeThenId)));
  });

  test('no rows is an empty table', () => {
    const table = builtInChunks([], 3);
    expect(table.size).toBe(0);
    expect(table.t0.length).toBe(0);
    expect(table.indexOf('e')).toBe(-1);
  });

  test('cannot be used once finished', () => {
    const builder = createEventTableBuilder(1);
    builder.add([event('a', '2020')]);
    builder.finish();
    expect(() => builder.add([event('b', '2021')])).toThrow(/finished/);
    expect(() => builder.finish()).toThrow(/finished/);
  });
});

const benchRow = (id: number, date: string, province = '山西省', city = '临汾市', county = '霍州市') => ({
  id,
  t: `${date}T08:00:00+08:00`,
  date,
  caption: `caption ${id}`,
  province,
  city,
  county,
  lng: 111.7,
  lat: 36.5,
  thumb: '/assets/thumb/1.png',
  post: '/posts/p/',
});

describe('benchEventsToTable', () => {
  test('gives names stable pseudo-codes with the province/prefecture/county shape when there is no gazetteer', () => {
    const result = benchEventsToTable([
      benchRow(1, '2022-01-26'),
      benchRow(0, '2012-02-07', '江苏省', '苏州市', '姑苏区'),
    ]);
    if (!result.ok) throw new Error(result.message);
    const table = result.value;
    expect(table.ids).toEqual(['0', '1']);
    for (let i = 0; i < 2; i++) {
      expect(table.province[i] % 10000).toBe(0);
      expect(Math.floor(table.prefecture[i] / 10000) * 10000).toBe(table.province[i]);
      expect(Math.floor(table.county[i] / 100) * 100).toBe(table.prefecture[i]);
    }
    const again = benchEventsToTable([benchRow(5, '2022-01-26')]);
    expect(again.ok && again.value.county[0]).toBe(table.county[1]);
    const record = table.event(1);
    expect(record.where.province?.name).toBe('山西省');
    expect(record.photos[0].src).toBe('/assets/thumb/1.png');
    expect(record.sources[0].path).toBe('/posts/p/');
    expect(record.t0).toBe(partialDateSpan('2022-01-26')[0]);
  });

  test('maps names to real codes through a gazetteer', () => {
    const division = (code: string, name: string, level: Division['level'], parent: string | null): Division => ({
      code,
      name,
      level,
      parent,
      aliases: [],
      point: null,
      pointSource: null,
      en: name,
    });
    const all = [
      division('140000', '山西省', 'province', null),
      division('141000', '临汾市', 'prefecture', '140000'),
      division('141082', '霍州市', 'county', '141000'),
      division('350102', '霍州市', 'county', '350100'),
    ];
    const gazetteer = {
      lookup: (name: string) => all.filter((d) => d.name === name),
      byCode: (code: string) => all.find((d) => d.code === code),
    };
    const result = benchEventsToTable([benchRow(1, '2022-01-26')], gazetteer);
    if (!result.ok) throw new Error(result.message);
    expect([result.value.province[0], result.value.prefecture[0], result.value.county[0]]).toEqual([
      140000, 141000, 141082,
    ]);
  });

  test('rejects a malformed row with its index', () => {
    const result = benchEventsToTable([benchRow(1, '2022-01-26'), { id: 2, date: 'soon' }]);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/event 1 .*date/);
  });
});

describe('parseEventsPayload', () => {
  test('says where an events.json breaks the schema', () => {
    const result = parseEventsPayload({ schemaVersion: 1, generatedAt: 'x', events: [{ id: 'a' }] });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/events\.0\./);
  });
  test('reads both formats', () => {
    expect(parseEventsPayload({ schemaVersion: 1, generatedAt: 'x', events: [event('a', '2022')] }).ok).toBe(true);
    expect(parseEventsPayload([benchRow(1, '2022-01-01')]).ok).toBe(true);
  });
});

describe('densityOfTimes', () => {
  test('counts per China-time day, month and year', () => {
    const times = ['2022-01-26', '2022-01-26', '2022-01-31', '2022-02-01', '2023-05-05'].map(
      (d) => partialDateSpan(d)[0],
    );
    const density = densityOfTimes(times);
    expect(density.day.map(([, n]) => n)).toEqual([2, 1, 1, 1]);
    expect(density.month).toEqual([
      [partialDateSpan('2022-01')[0], 3],
      [partialDateSpan('2022-02')[0], 1],
      [partialDateSpan('2023-05')[0], 1],
    ]);
    expect(density.year).toEqual([
      [partialDateSpan('2022')[0], 4],
      [partialDateSpan('2023')[0], 1],
    ]);
  });
});

describe('dataUrls', () => {
  test('relative to the page, with a same-origin ?data override and no cross-origin one', () => {
    expect(dataUrls('http://h/app/index.html?lang=en')).toEqual({
      events: 'http://h/app/data/events.json',
      density: 'http://h/app/data/density.json',
    });
    expect(dataUrls('http://h/app/index.html?n=5&data=/data/events-5.json')).toEqual({
      events: 'http://h/data/events-5.json',
      density: null,
    });
    expect(dataUrls('http://h/app/?data=https://evil.example/x.json').events).toBe('http://h/app/data/events.json');
  });
});
