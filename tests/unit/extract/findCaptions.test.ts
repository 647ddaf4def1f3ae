import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findCaptions } from '../../../scripts/extract/findCaptions.ts';
import { readPost } from '../../../scripts/extract/readPost.ts';
import { fixture, HAVE_SEEDS, postFiles, readLabels, SEEDS_DIR } from './fixtures.ts';

const bodyOf = (name: string) => readPost(name, fixture(name)).body;

describe('findCaptions', () => {
  it('pairs a photo set with the one caption after it and keeps data-original and the sizes', () => {
    const scan = findCaptions(bodyOf('odd-captions.md'));
    const first = scan.captions[0];
    expect(first.photos.map((photo) => photo.src)).toEqual([
      'https://example.org/a1.jpg',
      'https://example.org/a2.jpg',
      'https://example.org/a3.jpg',
    ]);
    expect(first.photos[0]).toEqual({ src: 'https://example.org/a1.jpg', width: 800, height: 600 });
    expect(first.photos[2]).toEqual({ src: 'https://example.org/a3.jpg', width: null, height: null });
  });

  it('keeps a caption split by <br> whole, reads captions inside <p>/<span> and the half-width arrow', () => {
    const scan = findCaptions(bodyOf('odd-captions.md'));
    expect(scan.captions[0].text).toBe('↑2022 年 8 月 10 日，张三在山西临汾市霍州市看望当地村民。');
    expect(scan.captions[1].text).toBe('￪2022年8月11日，李四在湖北省武汉市参观展览。');
    // No data-original: src is the address, width/height attributes the size.
    expect(scan.captions[1].photos).toEqual([{ src: 'https://example.org/b1.jpg', width: 640, height: 480 }]);
  });

  it('splits text before an arrow into body text, and numbers captions in order', () => {
    const scan = findCaptions(bodyOf('odd-captions.md'));
    expect(scan.captions.map((caption) => caption.position)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(scan.captions[6]).toMatchObject({ text: '↑8 月 12 日，张三在辽宁省沈阳市皇姑区考察。', photos: [] });
    expect(scan.paragraphs).toContain('前面的文字');
  });

  it('reads <img> attributes as HTML does: any case, the first of a name wins, nothing from the next tag', () => {
    const scan = findCaptions(
      '<IMG SRC="a.jpg" Data-Width="640" src="b.jpg"><p>↑ 一</p>' +
        '<form><img data-original="c.jpg" src="x.jpg"><form data-original="d.jpg"></form><p>↑ 二</p>',
    );
    expect(scan.captions.map((caption) => caption.photos)).toEqual([
      [{ src: 'a.jpg', width: 640, height: null }],
      [{ src: 'c.jpg', width: null, height: null }],
    ]);
  });

  it('decodes entities in photo attributes and text, and reads <image> as <img>', () => {
    const scan = findCaptions(
      '<img DATA-ORIGINAL="a.jpg?x=1&amp;y=2" data-src="b.jpg" data-height=&#55;><p>↑ 一 &amp; 二</p>' +
        '<image src="c.jpg" srcset="d.jpg" data-original-src="e.jpg"><p>↑ 三</p>',
    );
    expect(scan.captions).toEqual([
      { text: '↑ 一 & 二', photos: [{ src: 'a.jpg?x=1&y=2', width: null, height: 7 }], position: 0 },
      { text: '↑ 三', photos: [{ src: 'c.jpg', width: null, height: null }], position: 1 },
    ]);
  });

  it('keeps CDATA text inside svg and drops it elsewhere', () => {
    const scan = findCaptions('<p><svg><![CDATA[↑ 甲]]></svg></p><p><![CDATA[↑ 乙]]></p>');
    expect(scan.captions.map((caption) => caption.text)).toEqual(['↑ 甲']);
  });

  it('reports images that no caption follows', () => {
    const scan = findCaptions(bodyOf('odd-captions.md'));
    expect(scan.uncaptionedImages.map((photo) => photo.src)).toEqual(['https://example.org/z1.jpg']);
    expect(scan.paragraphs).toContain('监制：赵六');
  });

  it('ignores script and style text', () => {
    const scan = findCaptions('<script>var a = "↑2022年";</script><style>.x{}</style><p>正文</p>');
    expect(scan.captions).toEqual([]);
    expect(scan.paragraphs).toEqual(['正文']);
  });

  it.skipIf(!HAVE_SEEDS)('finds exactly the labelled captions of the seed posts, verbatim', () => {
    const labelled = readLabels().filter((label) => label.kind === 'caption');
    for (const name of postFiles(SEEDS_DIR)) {
      const scan = findCaptions(readPost(name, readFileSync(SEEDS_DIR + name, 'utf8')).body);
      const expected = labelled.filter((label) => label.post === name).map((label) => label.text);
      expect(scan.captions.map((caption) => caption.text)).toEqual(expected);
      for (const caption of scan.captions) expect(caption.photos.length).toBeGreaterThan(0);
    }
  });
});
