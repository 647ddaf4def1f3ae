import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { eventsFileSchema, type AtlasEvent } from '../../../../src/model/event.ts';
import { eventLineOf } from '../../../../scripts/build/monthLines.ts';
import { renderMonth, sumDensity, type MonthJob } from '../../../../scripts/build/renderMonth.ts';

const T0 = Date.UTC(2022, 0, 25, 16); // 26 January 2022, China time
const event = (id: string, post: string, caption: string, t0 = T0): AtlasEvent => ({
  id,
  kind: 'caption',
  date: { start: '2022-01-26', end: null, precision: 'day', written: '2022年1月26日' },
  t0,
  t1: t0 + 86_399_999,
  who: [],
  where: {
    province: { code: '140000', name: '山西省' },
    prefecture: { code: '141000', name: '临汾市' },
    county: { code: '141082', name: '霍州市' },
    local: null,
    foreign: null,
    point: [111.7, 36.6],
    pointLevel: 'county',
  },
  what: caption,
  caption,
  photos: [{ src: `${id}.jpg`, width: null, height: null }],
  sources: [{ path: post, title: post, date: null, url: null }],
  confidence: 0.9,
  rules: [],
});

describe('renderMonth', () => {
  let dir: string;
  const job = (fields: Partial<MonthJob>): MonthJob => ({
    month: '2022-01',
    stateDir: join(dir, 'state', '2022-01'),
    skip: [],
    newFiles: [],
    chunkPath: join(dir, 'out', '2022-01.json'),
    generatedAt: '2026-11-22T00:00:00.000Z',
    ...fields,
  });
  const chunk = () => eventsFileSchema.parse(JSON.parse(readFileSync(join(dir, 'out', '2022-01.json'), 'utf8')));
  const newFile = (name: string, lines: Array<[string, AtlasEvent]>) => {
    const path = join(dir, 'new', name);
    writeFileSync(path, lines.map(([post, e]) => eventLineOf(post, e)).join(''));
    return path;
  };

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'atlas-month-'));
    mkdirSync(join(dir, 'new'));
    mkdirSync(join(dir, 'out'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('merges one event told by two posts, sorts by time, and moves the new lines into the state', () => {
    const visit = '2022年1月26日，习近平在山西临汾霍州市师庄乡冯南垣村考察。';
    const files = [
      newFile('w1.tsv', [['b.md', event('b1', 'b.md', visit)]]),
      newFile('w2.tsv', [
        ['a.md', event('a1', 'a.md', visit)],
        ['a.md', event('a2', 'a.md', '另一件事：当天下午召开座谈会，听取意见。', T0 + 1)],
      ]),
    ];
    const summary = renderMonth(job({ newFiles: files }));
    // Post order decides who leads a group: a.md's caption, whose photos come first.
    expect(summary.merged).toBe(1);
    expect(JSON.parse(`{${summary.mergedJson}}`)).toEqual({ b1: 'a1' });
    expect(summary.count).toBe(2);
    expect(chunk().events.map((e) => e.id)).toEqual(['a1', 'a2']);
    expect(chunk().events[0].sources.map((s) => s.path)).toEqual(['a.md', 'b.md']);
    expect(sumDensity([summary.density]).day).toEqual([[T0, 2]]);
    expect(files.every((file) => !existsSync(file))).toBe(true);
    expect(readdirSync(join(dir, 'state', '2022-01'))).toHaveLength(2);

    // A re-run without b.md: its line goes, the rest of the state is written again as one file.
    const again = renderMonth(job({ skip: ['b.md'] }));
    expect(again.merged).toBe(0);
    expect(again.mergedJson).toBe('');
    expect(chunk().events[0].sources.map((s) => s.path)).toEqual(['a.md']);
    expect(readdirSync(join(dir, 'state', '2022-01'))).toHaveLength(1);

    // Without a.md the month is empty: chunk and state are gone.
    expect(renderMonth(job({ skip: ['a.md'] })).count).toBe(0);
    expect(existsSync(join(dir, 'out', '2022-01.json'))).toBe(false);
    expect(existsSync(join(dir, 'state', '2022-01'))).toBe(false);
  });
});
