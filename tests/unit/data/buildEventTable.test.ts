import { describe, expect, test } from 'vitest';
import { atlasEventSchema, type AtlasEvent } from '../../../src/model/event.ts';
import { buildEventTable } from '../../../src/data/buildEventTable.ts';
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
