import { describe, expect, it } from 'vitest';
import matter from 'gray-matter';
import { fallbackMeta, isoInstant, normalizeFrontMatter, readPost } from '../../../scripts/extract/readPost.ts';
import { fixture } from './fixtures.ts';

describe('normalizeFrontMatter', () => {
  it('reads the ZAKER fields and the RFC 2822 date as ISO UTC', () => {
    const meta = normalizeFrontMatter({
      title: '标题',
      date: 'Thu, 03 Feb 2022 23:07:27 GMT',
      categories: ['新媒体', 'ZAKER'],
      headimg: 'https://example.org/h.jpg',
    });
    expect(meta).toEqual({
      ok: true,
      value: {
        title: '标题',
        date: '2022-02-03T23:07:27.000Z',
        categories: ['新媒体', 'ZAKER'],
        headimg: 'https://example.org/h.jpg',
        url: null,
      },
    });
  });

  it('takes a zoneless Hexo date as China time, and a YAML timestamp as it is', () => {
    const zoneless = normalizeFrontMatter({ title: 't', date: '2022-01-26 10:00:00' });
    expect(zoneless.ok && zoneless.value.date).toBe('2022-01-26T02:00:00.000Z');
    const yaml = normalizeFrontMatter({ title: 't', date: new Date('2022-01-26T10:00:00Z') });
    expect(yaml.ok && yaml.value.date).toBe('2022-01-26T10:00:00.000Z');
  });

  it('uses permalink (or url) as the url and accepts a single category', () => {
    const meta = normalizeFrontMatter({ title: 't', permalink: 'posts/a/', categories: '新闻' });
    expect(meta.ok && meta.value.url).toBe('posts/a/');
    expect(meta.ok && meta.value.categories).toEqual(['新闻']);
  });

  it('turns bad input into a reason, never a throw', () => {
    expect(normalizeFrontMatter('just text')).toMatchObject({ ok: false, reason: 'bad-front-matter' });
    expect(normalizeFrontMatter(null)).toMatchObject({ ok: false, reason: 'bad-front-matter' });
    expect(normalizeFrontMatter({ title: { a: 1 } })).toMatchObject({ ok: false, reason: 'bad-front-matter' });
    expect(normalizeFrontMatter({ title: 't', date: '第三十二天' })).toMatchObject({
      ok: false,
      reason: 'bad-front-matter',
      message: expect.stringContaining('第三十二天'),
    });
  });
});

describe('readPost', () => {
  it('reads a post that starts with blank lines before its front matter', () => {
    const post = readPost('a.md', '\n\n---\ntitle: 标题\n---\n<p>正文</p>');
    expect(post.problem).toBeNull();
    expect(post.meta.title).toBe('标题');
    expect(post.body.trim()).toBe('<p>正文</p>');
  });

  it('keeps the body of a post whose YAML is broken and says why', () => {
    const post = readPost('dir/bad-yaml.md', fixture('bad-yaml.md'));
    expect(post.problem).toMatchObject({ reason: 'bad-front-matter', message: expect.stringContaining('YAML') });
    expect(post.meta.title).toBe('bad-yaml');
    expect(post.body).toContain('↑2021 年 5 月 1 日');
    expect(post.body).not.toContain('title:');
  });

  it('keeps the body of a post whose date cannot be read', () => {
    const post = readPost('bad-date.md', fixture('bad-date.md'));
    expect(post.problem?.reason).toBe('bad-front-matter');
    expect(post.meta.date).toBeNull();
    expect(post.body).toContain('↑6 月 3 日');
  });

  it('reads a post with no front matter, and an empty file', () => {
    expect(readPost('n.md', fixture('no-front-matter.md'))).toMatchObject({ problem: null, meta: { title: '' } });
    expect(readPost('empty.md', '')).toMatchObject({ problem: null, body: '' });
  });
});

describe('readPost splits front matter exactly as gray-matter does', () => {
  // readPost skips gray-matter's per-call overhead for the usual shape; every shape must still agree with matter().
  it.each([
    ['plain', '---\ntitle: t\ndate: 2022-01-26 10:00:00\n---\n<p>body</p>'],
    ['CRLF', '---\r\ntitle: t\r\n---\r\n<p>body</p>\r\n'],
    ['byte-order mark', '\ufeff---\ntitle: t\n---\nbody'],
    ['no front matter', '<p>only a body</p>'],
    ['empty text', ''],
    ['empty block', '---\n---\nbody'],
    ['comments only', '---\n# a comment\n---\nbody'],
    ['null document', '---\n~\n---\nbody'],
    ['scalar document', '---\njust text\n---\nbody'],
    ['no closing fence', '---\ntitle: t\n'],
    ['fence with a language', '---yaml\ntitle: t\n---\nbody'],
    ['four dashes', '----\ntitle: t\n---\nbody'],
    ['lone CR after the fence', '---\rtitle: t\n---\nbody'],
    ['blank line after the closing fence', '---\ntitle: t\n---\n\nbody'],
    ['closing fence with text after it', '---\ntitle: t\n--- trailing\nbody'],
  ])('%s', (_, source) => {
    const parsed = matter(source, {});
    const meta = normalizeFrontMatter(parsed.data);
    const post = readPost('a/b.md', source);
    expect(post.body).toBe(parsed.content);
    expect(post.meta).toEqual(meta.ok ? meta.value : fallbackMeta('a/b.md'));
  });

  it('reports the YAML error gray-matter reports', () => {
    const source = '---\ntitle: [unclosed\n---\nbody';
    const message = (() => {
      try {
        matter(source, {});
        return '';
      } catch (error) {
        return (error as Error).message.split('\n')[0];
      }
    })();
    expect(message).not.toBe('');
    expect(readPost('a/b.md', source).problem?.message).toBe(`front matter YAML cannot be read: ${message}`);
  });
});

describe('isoInstant', () => {
  it('writes what Date#toISOString writes, from 1970 to 9999 and beyond', () => {
    const instants = [0, 1, 999, 86_399_999, 86_400_000, 951_782_400_000, 4_107_542_399_999, 253_402_300_799_999];
    for (let k = 0; k < 20_000; k++) instants.push(Math.floor(((k * 7919) % 20_000) * 12_670_115_040 + k * 997));
    instants.push(-1, -62_198_755_200_000, 253_402_300_800_000, 8.64e15, 1.5);
    for (const ms of instants) expect([ms, isoInstant(ms)]).toEqual([ms, new Date(ms).toISOString()]);
  });
});
