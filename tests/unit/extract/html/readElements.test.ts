import { Parser } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { readElements } from '../../../../scripts/extract/html/readElements.ts';

/** Events as one list of strings: text merged between element events (pieces may be cut anywhere). */
const recorder = () => {
  const events: string[] = [];
  let text = '';
  const flushText = () => {
    if (text !== '') events.push(`text ${text}`);
    text = '';
  };
  return {
    events,
    open: (name: string) => (flushText(), events.push(`open ${name}`)),
    close: (name: string) => (flushText(), events.push(`close ${name}`)),
    text: (piece: string) => (text += piece),
    attribute: (name: string, value: string) => (flushText(), events.push(`attr ${name}=${value}`)),
    end: () => (flushText(), events),
  };
};

/** What htmlparser2's Parser reports for the same handlers (HTML mode, entities decoded, names as written). */
const byParser = (html: string): string[] => {
  const r = recorder();
  const parser = new Parser(
    { onopentagname: r.open, onclosetag: r.close, ontext: r.text, onattribute: r.attribute },
    { decodeEntities: true, lowerCaseAttributeNames: false },
  );
  parser.write(html);
  parser.end();
  return r.end();
};

const byReader = (html: string): string[] => {
  const r = recorder();
  let name = '';
  readElements(html, {
    open: r.open,
    close: r.close,
    text: r.text,
    wantsAttribute: (start, end) => ((name = html.slice(start, end)), true),
    attribute: (value) => r.attribute(name, value),
  });
  return r.end();
};

const PIECES = [
  '<p>',
  '</p>',
  '<P class=x>',
  '<div id="a&amp;b">',
  '</div>',
  '</DIV>',
  '<br>',
  '</br>',
  '<br/>',
  '<span>',
  '</span>',
  '<img src="a.jpg" data-original=\'b&#x41;.jpg\' data-width=10>',
  '<IMG SRC=c.jpg>',
  '<image src="d.png">',
  '<img/>',
  '<svg viewBox="0 0 1 1">',
  '</svg>',
  '<clipPath>',
  '</clippath>',
  '<foreignObject>',
  '</foreignObject>',
  '<path/>',
  '<math>',
  '</math>',
  '<mi>',
  '</mi>',
  '<desc>',
  '</desc>',
  '<title>t&amp;</title>',
  '<![CDATA[↑ 甲]]>',
  '<script>if (a < b) {}</script>',
  '<style>p{}</style>',
  '<textarea>x<p>y</textarea>',
  '<noscript>',
  '</noscript>',
  '<template>',
  '</template>',
  '<form>',
  '</form>',
  '<form a=1>',
  '<table>',
  '<tr>',
  '<td>',
  '</td>',
  '</table>',
  '<li>',
  '<ul>',
  '</ul>',
  '<h1>',
  '</h2>',
  '<section>',
  '<a href=x>',
  '</a>',
  '<select><option>',
  '<input value=1>',
  '<!-- c -->',
  '<!doctype html>',
  '<?x y?>',
  '↑2022 年 1 月 26 日，在北京',
  '正文 &amp; &lt;b&gt; &copy',
  '\n  ',
  '&',
  '<',
  '>',
  '</',
  '< p>',
  '<p/',
  '<hr>',
  '<pre>',
  '<body>',
  '<head>',
  '<dd>',
  '<dt>',
  '<rt>',
  '<tbody>',
  '<tfoot>',
];

/** A small deterministic generator (mulberry32), so a failure is reproducible. */
const random = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

describe('readElements', () => {
  it('reports what htmlparser2 reports for a ZAKER body', () => {
    const html =
      '<div>\n<p></p><div class="img_box" onclick><img class="lazy" data-original="a.jpg" data-width="1000">' +
      '</div></div>↑2022 年 1 月 26 日，在北京。<p></p><p>正文<br>续</p></div>';
    expect(byReader(html)).toEqual(byParser(html));
  });

  it('reports what htmlparser2 reports on random markup: implied and unmatched closes, void, foreign, raw text', () => {
    const next = random(20261123);
    for (let round = 0; round < 4000; round++) {
      let html = '';
      const count = 1 + Math.floor(next() * 30);
      for (let k = 0; k < count; k++) html += PIECES[Math.floor(next() * PIECES.length)];
      expect([html, byReader(html)]).toEqual([html, byParser(html)]);
    }
  });
});
