import { afterEach, describe, expect, test, vi } from 'vitest';
import { loadAtlasData } from '../../../src/data/loadAtlasData.ts';
import { SCHEMA_VERSION } from '../../../src/model/event.ts';

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
});
