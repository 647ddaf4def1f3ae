import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { atlasEventSchema } from '../../../src/model/event.ts';
import { extractPost } from '../../../scripts/extract/extractPost.ts';
import { fakeDeps } from './fakeDeps.ts';
import { fixture, HAVE_SEEDS, postFiles, SEEDS_DIR } from './fixtures.ts';

const captionItems = (name: string) =>
  extractPost(name, fixture(name), fakeDeps).items.filter((item) => item.kind === 'caption');

describe('extractPost (with stand-in parsers)', () => {
  it('makes schema-valid events with photos, source, who, what and a stable id', () => {
    const result = extractPost('odd/odd-captions.md', fixture('odd-captions.md'), fakeDeps);
    const first = result.events[0];
    expect(() => atlasEventSchema.parse(first)).not.toThrow();
    expect(first).toMatchObject({
      kind: 'caption',
      date: { start: '2022-08-10', end: null, precision: 'day', written: '2022年8月10日' },
      who: ['张三'],
      where: { county: { code: '141082', name: '霍州市' } },
      what: '张三在看望当地村民',
      caption: '↑2022 年 8 月 10 日，张三在山西临汾市霍州市看望当地村民。',
      sources: [{ path: 'odd/odd-captions.md', title: '测试：各种图片说明', url: 'posts/odd-captions/' }],
    });
    expect(first.photos).toHaveLength(3);
    expect(first.id).toMatch(/^[0-9a-f]{12}$/);
    expect(extractPost('odd/odd-captions.md', fixture('odd-captions.md'), fakeDeps).events[0].id).toBe(first.id);
    expect(extractPost('other.md', fixture('odd-captions.md'), fakeDeps).events[0].id).not.toBe(first.id);
  });

  it('accounts for every caption: an event or a reason', () => {
    const items = captionItems('odd-captions.md');
    expect(items.map((item) => [item.event !== null, item.reason])).toEqual([
      [true, null],
      [true, null],
      [false, 'not-an-event'], // （新华社记者 王五 摄）
      [false, 'not-an-event'], // 示意图
      [false, 'no-date'], // a timeless description
      [false, 'not-an-event'], // 报纸版面截图
      [true, null], // month-day date, year from the article
    ]);
  });

  it('reports uncaptioned images and keeps a note when the place is unknown', () => {
    const result = extractPost('x.md', fixture('odd-captions.md'), fakeDeps);
    expect(result.items.filter((item) => item.kind === 'image')).toEqual([
      expect.objectContaining({ text: 'https://example.org/z1.jpg', reason: 'image-without-caption' }),
    ]);
    const noPlace = extractPost('n.md', '<img src="a.jpg">↑2022年1月2日，张三在某地看望群众。', fakeDeps);
    expect(noPlace.events[0].where.province).toBeNull();
    expect(noPlace.items[0]).toMatchObject({ event: noPlace.events[0].id, reason: 'no-place' });
  });

  it('still extracts the captions of a post with broken YAML or an unreadable date, and says so', () => {
    const yaml = extractPost('bad-yaml.md', fixture('bad-yaml.md'), fakeDeps);
    expect(yaml.notes[0]).toMatchObject({ reason: 'bad-front-matter' });
    expect(yaml.events).toHaveLength(1);
    const date = extractPost('bad-date.md', fixture('bad-date.md'), fakeDeps);
    expect(date.notes[0]).toMatchObject({ reason: 'bad-front-matter' });
    // The caption with its own year is an event; the one that needs the article's year cannot be dated.
    expect(date.items.map((item) => item.reason)).toEqual([null, 'year-unknown']);
  });

  it('reads dated sentences of a post with no caption, and turns down totals, bare years and periods', () => {
    const result = extractPost('t.md', fixture('text-only.md'), fakeDeps);
    expect(result.notes).toEqual([expect.objectContaining({ reason: 'no-caption' })]);
    const texts = result.items.filter((item) => item.kind === 'text');
    expect(texts.map((item) => [item.text.slice(0, 6), item.event !== null, item.reason])).toEqual([
      ['8 月 17', true, null],
      ['截至 12 ', false, 'not-an-event'],
      ['2021 年', false, 'not-an-event'],
      ['6 月 1 ', false, 'not-an-event'],
      ['今年 10 ', true, null],
    ]);
    const visit = result.events[0];
    expect(visit).toMatchObject({ kind: 'text', date: { start: '2021-08-17' }, who: ['张三'], photos: [] });
    // The continuation sentence names the district.
    expect(visit.caption).toContain('在皇姑区某某街道某社区');
    expect(visit.confidence).toBeLessThan(0.9);
    expect(result.events[1]).toMatchObject({ date: { start: '2021-10', precision: 'month' } });
  });

  it('never throws on an empty or tag-soup post', () => {
    expect(extractPost('e.md', '', fakeDeps)).toMatchObject({ captions: 0, events: [] });
    expect(extractPost('s.md', '<div><p>↑<img src=x>', fakeDeps).items[0]).toMatchObject({ kind: 'caption' });
  });

  it.skipIf(!HAVE_SEEDS)('accounts for every ↑ of the seed posts', () => {
    for (const name of postFiles(SEEDS_DIR)) {
      const text = readFileSync(SEEDS_DIR + name, 'utf8');
      const result = extractPost(name, text, fakeDeps);
      const arrows = (text.match(/↑/g) ?? []).length;
      expect(result.captions).toBe(arrows);
      expect(result.items.filter((item) => item.kind === 'caption')).toHaveLength(arrows);
    }
  });
});
