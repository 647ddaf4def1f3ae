import { afterEach, describe, expect, test, vi } from 'vitest';
import { chunkUrl } from '../../../src/data/dataUrls.ts';
import { CHUNKS_IN_FLIGHT, loadAtlasData } from '../../../src/data/loadAtlasData.ts';
import { partialDateSpan } from '../../../src/data/chinaTime.ts';
import { SCHEMA_VERSION, type AtlasEvent } from '../../../src/model/event.ts';

const PAGE = 'http://127.0.0.1:4173/app/index.html';

function serve(files: Record<string, unknown>) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => {
      const path = new URL(url).pathname;
      if (!(path in files)) return new Response('not found', { status: 404 });
      return new Response(JSON.stringify(files[path]), { status: 200 });
    }),
  );
}

function dayEvent(id: string, day: string): AtlasEvent {
  const [t0, t1] = partialDateSpan(day);
  return {
    id,
    kind: 'caption',
    date: { start: day, end: null, precision: 'day', written: day },
    t0,
    t1,
    who: [],
    where: {
      province: null,
      prefecture: null,
      county: null,
      local: null,
      foreign: null,
      point: null,
      pointLevel: null,
    },
    what: '',
    caption: `${day} caption`,
    photos: [],
    sources: [{ path: `${id}.md`, title: id, date: null, url: null }],
    confidence: 1,
    rules: [],
  };
}

const eventsFile = (...events: AtlasEvent[]) => ({ schemaVersion: SCHEMA_VERSION, generatedAt: 'x', events });

const eventsIndex = (...files: string[]) => ({
  schemaVersion: SCHEMA_VERSION,
  generatedAt: 'x',
  chunks: files.map((file) => ({ file, month: file.slice(7, 14), count: 1 })),
});

const fetchedUrls = () => vi.mocked(fetch).mock.calls.map(([url]) => String(url));

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('loadAtlasData', () => {
  test('a missing events file is a clear error, not a throw', async () => {
    serve({});
    const data = await loadAtlasData(PAGE);
    expect(data.table).toBeNull();
    expect(data.error).toMatch(/events\.json: HTTP 404/);
  });

  test('a file that breaks the schema says where', async () => {
    serve({ '/app/data/events.json': { schemaVersion: SCHEMA_VERSION, generatedAt: 'x', events: [{ id: 1 }] } });
    const data = await loadAtlasData(PAGE);
    expect(data.error).toMatch(/does not match the schema: events\.0\.id/);
  });

  test('events without a density file still load; the benchmark format asks for the gazetteer', async () => {
    serve({
      '/bench.json': [
        {
          id: 1,
          t: '',
          date: '2022-01-26',
          caption: 'c',
          province: '甲省',
          city: '乙市',
          county: '丙县',
          lng: 1,
          lat: 2,
          thumb: 't',
          post: 'p',
        },
      ],
    });
    const gazetteer = vi.fn(async () => undefined);
    const data = await loadAtlasData(`${PAGE}?data=/bench.json`, gazetteer);
    expect(data.error).toBeNull();
    expect(data.density).toBeNull();
    expect(data.table?.size).toBe(1);
    expect(gazetteer).toHaveBeenCalledOnce();
  });

  test('one events file or the benchmark array reports no progress', async () => {
    serve({
      '/app/data/events.json': eventsFile(dayEvent('a', '2019-03-02')),
      '/bench.json': [],
    });
    const onProgress = vi.fn();
    expect((await loadAtlasData(PAGE, undefined, onProgress)).table?.size).toBe(1);
    expect((await loadAtlasData(`${PAGE}?data=/bench.json`, undefined, onProgress)).error).toBeNull();
    expect(onProgress).not.toHaveBeenCalled();
  });

  describe('an events.json that indexes month chunks', () => {
    test('joins the chunks in the index order', async () => {
      serve({
        '/app/data/events.json': eventsIndex('events/2019-03.json', 'events/2019-04.json'),
        '/app/data/events/2019-03.json': eventsFile(dayEvent('a', '2019-03-02'), dayEvent('b', '2019-03-30')),
        '/app/data/events/2019-04.json': eventsFile(dayEvent('c', '2019-04-01')),
      });
      const data = await loadAtlasData(PAGE);
      expect(data.error).toBeNull();
      expect(data.table?.ids).toEqual(['a', 'b', 'c']);
      expect(data.table?.event(2).caption).toBe('2019-04-01 caption');
    });

    test('re-sorts when the index lists its chunks out of time order', async () => {
      serve({
        '/app/data/events.json': eventsIndex('events/2019-04.json', 'events/2019-03.json'),
        '/app/data/events/2019-03.json': eventsFile(dayEvent('a', '2019-03-02')),
        '/app/data/events/2019-04.json': eventsFile(dayEvent('c', '2019-04-01')),
      });
      expect((await loadAtlasData(PAGE)).table?.ids).toEqual(['a', 'c']);
    });

    test('resolves chunks against the index URL given by ?data=', async () => {
      serve({
        '/mirror/index.json': eventsIndex('events/2019-03.json'),
        '/mirror/events/2019-03.json': eventsFile(dayEvent('a', '2019-03-02')),
      });
      const data = await loadAtlasData(`${PAGE}?data=/mirror/index.json`);
      expect(data.error).toBeNull();
      expect(data.table?.size).toBe(1);
    });

    test('a missing chunk is an error naming it', async () => {
      serve({
        '/app/data/events.json': eventsIndex('events/2019-03.json', 'events/2019-04.json'),
        '/app/data/events/2019-03.json': eventsFile(dayEvent('a', '2019-03-02')),
      });
      const data = await loadAtlasData(PAGE);
      expect(data.table).toBeNull();
      expect(data.error).toMatch(/events chunk events\/2019-04\.json: .*HTTP 404/);
    });

    test('a chunk that breaks the schema is an error naming it and the field', async () => {
      serve({
        '/app/data/events.json': eventsIndex('events/2019-03.json'),
        '/app/data/events/2019-03.json': { schemaVersion: SCHEMA_VERSION, generatedAt: 'x', events: [{ id: 'a' }] },
      });
      const data = await loadAtlasData(PAGE);
      expect(data.table).toBeNull();
      expect(data.error).toMatch(/^events\/2019-03\.json does not match the schema: events\.0\./);
    });

    test('an index with no chunks is an empty table', async () => {
      serve({ '/app/data/events.json': eventsIndex() });
      const data = await loadAtlasData(PAGE);
      expect(data.error).toBeNull();
      expect(data.table?.size).toBe(0);
    });

    test('a chunk path off the page origin is refused and never fetched', async () => {
      serve({ '/app/data/events.json': eventsIndex('//elsewhere.example/events/2019-03.json') });
      const data = await loadAtlasData(PAGE);
      expect(data.table).toBeNull();
      expect(data.error).toMatch(/index\) does not match the schema: chunks\.0\.file/);
      expect(fetchedUrls().some((url) => url.includes('elsewhere.example'))).toBe(false);
    });

    test('fetches a few chunks at a time and adds them in the index order whatever order they arrive in', async () => {
      const months = Array.from({ length: 12 }, (_, i) => `2019-${String(i + 1).padStart(2, '0')}`);
      const files: Record<string, unknown> = {
        '/app/data/events.json': eventsIndex(...months.map((month) => `events/${month}.json`)),
      };
      for (const month of months) {
        files[`/app/data/events/${month}.json`] = eventsFile(
          dayEvent(`${month}-a`, `${month}-02`),
          dayEvent(`${month}-b`, `${month}-20`),
        );
      }
      let inFlight = 0;
      let most = 0;
      vi.stubGlobal(
        'fetch',
        vi.fn(async (url: string) => {
          inFlight++;
          most = Math.max(most, inFlight);
          const path = new URL(url).pathname;
          // Later months answer sooner, so chunks arrive out of order.
          const month = Number(/2019-(\d\d)/.exec(path)?.[1] ?? 0);
          await new Promise((next) => setTimeout(next, (13 - month) % 4));
          inFlight--;
          return new Response(JSON.stringify(files[path]), { status: 200 });
        }),
      );
      const data = await loadAtlasData(PAGE);
      expect(data.error).toBeNull();
      expect(data.table?.ids).toEqual(months.flatMap((month) => [`${month}-a`, `${month}-b`]));
      expect(most).toBeGreaterThan(1);
      expect(most).toBeLessThanOrEqual(CHUNKS_IN_FLIGHT);
    });

    test('several failing chunks: the first in index order is named, the others counted', async () => {
      const months = ['2019-01', '2019-02', '2019-03', '2019-04', '2019-05'];
      serve({
        '/app/data/events.json': eventsIndex(...months.map((month) => `events/${month}.json`)),
        '/app/data/events/2019-01.json': eventsFile(dayEvent('a', '2019-01-02')),
        '/app/data/events/2019-03.json': { schemaVersion: SCHEMA_VERSION, generatedAt: 'x', events: [{}] },
        '/app/data/events/2019-05.json': eventsFile(dayEvent('e', '2019-05-02')),
      });
      const data = await loadAtlasData(PAGE);
      expect(data.table).toBeNull();
      expect(data.error).toMatch(
        /^Could not load the events chunk events\/2019-02\.json: .*HTTP 404 \(and 2 more chunks\)$/,
      );
      // Every chunk is still read, to count the failures.
      expect(fetchedUrls().filter((url) => url.includes('/events/'))).toHaveLength(5);
    });

    test('two failing chunks say "1 more chunk"', async () => {
      serve({ '/app/data/events.json': eventsIndex('events/2019-01.json', 'events/2019-02.json') });
      const data = await loadAtlasData(PAGE);
      expect(data.error).toMatch(/events\/2019-01\.json: .*HTTP 404 \(and 1 more chunk\)$/);
    });

    test('chunks holding more or fewer events than the index counts still load whole', async () => {
      const index = eventsIndex('events/2019-03.json', 'events/2019-04.json');
      index.chunks[0].count = 5;
      serve({
        '/app/data/events.json': index,
        '/app/data/events/2019-03.json': eventsFile(dayEvent('a', '2019-03-02')),
        '/app/data/events/2019-04.json': eventsFile(
          dayEvent('b', '2019-04-01'),
          dayEvent('c', '2019-04-02'),
          dayEvent('d', '2019-04-03'),
        ),
      });
      const data = await loadAtlasData(PAGE);
      expect(data.table?.ids).toEqual(['a', 'b', 'c', 'd']);
      expect(data.table?.t0.length).toBe(4);
    });

    test('reports progress: 0 of N once the index is in, then after each chunk in order, ending at the totals', async () => {
      const months = Array.from({ length: 9 }, (_, i) => `2019-${String(i + 1).padStart(2, '0')}`);
      const files: Record<string, unknown> = {
        '/app/data/events.json': eventsIndex(...months.map((month) => `events/${month}.json`)),
      };
      // Month i holds i + 1 events, so the running count tells the chunks apart.
      months.forEach((month, i) => {
        files[`/app/data/events/${month}.json`] = eventsFile(
          ...Array.from({ length: i + 1 }, (_, k) =>
            dayEvent(`${month}-${k}`, `${month}-${String(k + 1).padStart(2, '0')}`),
          ),
        );
      });
      vi.stubGlobal(
        'fetch',
        vi.fn(async (url: string) => {
          const path = new URL(url).pathname;
          // Later months answer sooner, so chunks arrive out of order.
          const month = Number(/2019-(\d\d)/.exec(path)?.[1] ?? 0);
          await new Promise((next) => setTimeout(next, (10 - month) % 4));
          return new Response(JSON.stringify(files[path]), { status: 200 });
        }),
      );
      const reports: { chunks: number; totalChunks: number; events: number }[] = [];
      const data = await loadAtlasData(PAGE, undefined, (done) => reports.push({ ...done }));
      expect(data.error).toBeNull();
      expect(reports).toEqual([
        { chunks: 0, totalChunks: 9, events: 0 },
        ...months.map((_, i) => ({ chunks: i + 1, totalChunks: 9, events: ((i + 1) * (i + 2)) / 2 })),
      ]);
      expect(reports.at(-1)?.events).toBe(data.table?.size);
    });

    test('progress stops at the chunk before a failing one', async () => {
      serve({
        '/app/data/events.json': eventsIndex('events/2019-01.json', 'events/2019-02.json', 'events/2019-03.json'),
        '/app/data/events/2019-01.json': eventsFile(dayEvent('a', '2019-01-02')),
        '/app/data/events/2019-03.json': eventsFile(dayEvent('c', '2019-03-02')),
      });
      const onProgress = vi.fn();
      const data = await loadAtlasData(PAGE, undefined, onProgress);
      expect(data.error).toMatch(/2019-02\.json/);
      expect(onProgress.mock.calls.map(([done]) => done.chunks)).toEqual([0, 1]);
    });

    test('chunkUrl resolves against the index and refuses another origin', () => {
      expect(chunkUrl('events/2019-03.json', 'http://127.0.0.1:4173/app/data/events.json', PAGE)).toBe(
        'http://127.0.0.1:4173/app/data/events/2019-03.json',
      );
      expect(chunkUrl('events/2019-03.json', 'http://elsewhere.example/data/events.json', PAGE)).toBeNull();
      expect(chunkUrl('http://elsewhere.example/events/2019-03.json', PAGE, PAGE)).toBeNull();
    });
  });
});
