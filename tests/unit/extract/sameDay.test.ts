import { describe, expect, it } from 'vitest';
import { createExtractDeps } from '../../../scripts/extract/createExtractDeps.ts';
import { extractPost } from '../../../scripts/extract/extractPost.ts';

const post = (body: string) => `---
title: '当天的事'
date: Thu, 03 Feb 2022 23:07:27 GMT
---
<div>${body}</div>
`;
const image = (n: number) =>
  `<div class="img_box" id="id_imagebox_${n}" onclick><div class="content_img_div perview_img_div"><img class="lazy opacity_0 " id="img_${n}" data-original="demo-photos/p${n}.svg" data-height="600" data-width="800" src="demo-photos/p${n}.svg"></div></div>`;

describe('当天 refers to the caption or sentence just before it', () => {
  const deps = createExtractDeps();

  it('in photo captions', () => {
    const { events } = extractPost(
      'same-day.md',
      post(
        `${image(0)}↑2022 年 1 月 26 日，游客在山西省临汾市霍州市参观。<p></p>` +
          `${image(1)}↑当天，村民在临汾市霍州市师庄乡赶集。<p></p>`,
      ),
      deps,
    );
    expect(events.map((e) => e.date.start)).toEqual(['2022-01-26', '2022-01-26']);
  });

  // 23:07 GMT on 3 February is the morning of 4 February in China, the article's day.
  it('falls back to the article day when nothing before it had a day', () => {
    const { events } = extractPost(
      'same-day.md',
      post(`${image(0)}↑当天，村民在山西省临汾市霍州市赶集。<p></p>`),
      deps,
    );
    expect(events.map((e) => e.date.start)).toEqual(['2022-02-04']);
  });
});
