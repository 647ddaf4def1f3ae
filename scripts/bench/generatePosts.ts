import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Division } from '../../src/model/gazetteer.ts';
import { loadGazetteer } from '../extract/gazetteerData.ts';

/** Bump when the generated posts change, so old corpora in the temp folder are rewritten. */
const GENERATOR_VERSION = 1;

export interface Corpus {
  dir: string;
  posts: number;
  bytes: number;
  captions: number;
  generated: boolean;
}

/** mulberry32: small, fast, and the same sequence on every machine. */
const makeRandom = (seed: number) => {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)],
  };
};

// Invented people and phrases: the corpus must not copy the seed posts.
const PEOPLE = ['张明远', '王海燕', '李建国', '陈晓东', '刘志强', '赵丽华', '孙文博', '周国平'];
const VISITS = ['看望慰问困难群众', '考察调研', '同村民亲切交谈', '了解乡村振兴情况', '参观展览', '出席座谈会'];
const SITES = ['幸福村', '红星社区', '新华街道', '光明村', '产业园', '便民服务中心', '老年活动中心', '希望小学'];
const FILLER = [
  '这里的变化，大家都看在眼里。',
  '近年来，当地坚持把群众的小事当作大事来办，基层治理水平不断提高。',
  '村里修通了公路，建起了卫生室，群众的日子越过越红火。',
  '社区工作连着千家万户，服务做得细，群众才满意。',
];
const CREDITS = ['<p>监制：某某某</p>', '<p>编辑：某某 某某</p>', '<p>摄影：某某</p>'];

const pad = (n: number) => String(n).padStart(2, '0');

/** A county with its chain; the caption names them the way the news does (short province, full city and county). */
const placeText = (random: ReturnType<typeof makeRandom>, counties: Division[], byCode: Map<string, Division>) => {
  const county = random.pick(counties);
  const parent = county.parent ? byCode.get(county.parent) : undefined;
  const province = parent?.level === 'province' ? parent : parent?.parent ? byCode.get(parent.parent) : undefined;
  const prefecture = parent?.level === 'prefecture' ? parent.name : '';
  const short = province ? (province.aliases[0] ?? province.name) : '';
  return `${short}${prefecture}${county.name}${random.pick(SITES)}`;
};

const imageBlock = (random: ReturnType<typeof makeRandom>, post: number, k: number) => {
  const src = `http://img.example.org/${post.toString(36)}/${k}_1024.jpg`;
  const width = 1000;
  const height = random.int(400, 1500);
  return (
    `<div class="img_box" id="id_imagebox_${k}" onclick><div class="content_img_div perview_img_div">` +
    `<img class="lazy opacity_0 " id="img_${k}" data-original="${src}" data-height="${height}" data-width="${width}" ` +
    `src="https://proxy.example.org/?${src}" referrerpolicy="no-referrer"></div></div>`
  );
};

/**
 * One post in the seed posts' shape: YAML front matter as the ZAKER exports write it, then a <div> of image boxes
 * followed by bare `↑` captions and <p> paragraphs. Half the posts have 4–14 captions (some photo sets, some with
 * the date at the end, some reprinting an earlier caption so the merge has work); the other half have none and tell
 * 1–3 events in dated sentences of text.
 */
const makePost = (
  random: ReturnType<typeof makeRandom>,
  index: number,
  counties: Division[],
  byCode: Map<string, Division>,
  reprints: string[],
) => {
  const year = random.int(2012, 2024);
  const month = random.int(1, 12);
  const day = random.int(1, 28);
  const date = new Date(Date.UTC(year, month - 1, day, random.int(0, 23), random.int(0, 59)));
  const head = [
    '',
    '---',
    `title: '合成测试文章 ${index}'`,
    'categories: ',
    ' - 新媒体',
    ' - ZAKER',
    `headimg: 'http://img.example.org/${index.toString(36)}/head.jpg'`,
    'author: ZAKER',
    'comments: false',
    `date: ${date.toUTCString()}`,
    '---',
    '',
    '<div>   ',
  ].join('\n');
  const parts: string[] = [`<p></p>${imageBlock(random, index, 0)}${random.pick(FILLER)}<p></p>`];
  let captions = 0;
  let images = 1;
  // Body text as long as the seeds' (about 8 KB a post in all).
  for (let f = random.int(4, 16); f > 0; f--) parts.push(`<p>${random.pick(FILLER)}${random.pick(FILLER)}</p>`);
  if (random.next() < 0.5) {
    const count = random.int(4, 14);
    for (let c = 0; c < count; c++) {
      const set = random.next() < 0.25 ? random.int(2, 3) : 1;
      for (let s = 0; s < set; s++) parts.push(imageBlock(random, index, images++));
      let caption: string;
      if (reprints.length > 0 && random.next() < 0.1) caption = random.pick(reprints);
      else {
        const cy = random.int(2012, year);
        const when = `${cy} 年 ${random.int(1, 12)} 月 ${random.int(1, 28)} 日`;
        caption =
          random.next() < 0.8
            ? `↑${when}，${random.pick(PEOPLE)}在${placeText(random, counties, byCode)}${random.pick(VISITS)}。`
            : `↑ ${placeText(random, counties, byCode)}的居民在议事厅商量社区事务（${when}摄）。`;
        if (reprints.length < 500) reprints.push(caption);
      }
      parts.push(`${caption}<p></p>`);
      captions++;
      if (random.next() < 0.3) parts.push(`<p>${random.pick(FILLER)}${random.pick(FILLER)}</p>`);
    }
    parts.push(...CREDITS);
  } else {
    const events = random.int(1, 3);
    for (let e = 0; e < events; e++) {
      parts.push(`<p>${random.pick(FILLER)}${random.pick(FILLER)}</p>`);
      const when = `${random.int(1, 12)} 月 ${random.int(1, 28)} 日`;
      parts.push(
        `<p>${when}，${random.pick(PEOPLE)}来到${placeText(random, counties, byCode)}考察。${random.pick(FILLER)}</p>`,
      );
      parts.push(imageBlock(random, index, images++));
    }
    parts.push(
      `<p>截至 ${random.int(1, 12)} 月 ${random.int(1, 28)} 日，当地已建成 ${random.int(10, 99)} 个服务站点。</p>`,
    );
  }
  return { text: `${head}\n${parts.join('')}<p></p>  \n</div>\n`, captions };
};

/**
 * A folder of `count` synthetic posts in `root` (1,000 per subfolder), written once and reused while the generator
 * version and count match. Deterministic: the same posts byte for byte on every machine.
 */
export const ensureCorpus = (root: string, count: number): Corpus => {
  const dir = join(root, `caption-atlas-bench-${count}`);
  const marker = join(dir, '.complete.json');
  if (existsSync(marker)) {
    const meta = JSON.parse(readFileSync(marker, 'utf8')) as Omit<Corpus, 'dir' | 'generated'> & { version: number };
    if (meta.version === GENERATOR_VERSION && meta.posts === count) {
      return { dir, posts: meta.posts, bytes: meta.bytes, captions: meta.captions, generated: false };
    }
  }
  rmSync(dir, { recursive: true, force: true });
  const gazetteer = loadGazetteer();
  const counties = gazetteer.divisions.filter((division) => division.level === 'county');
  const byCode = new Map(gazetteer.divisions.map((division) => [division.code, division]));
  const random = makeRandom(0x5eed + count);
  const reprints: string[] = [];
  let bytes = 0;
  let captions = 0;
  for (let i = 0; i < count; i++) {
    const sub = join(dir, String(Math.floor(i / 1000)).padStart(3, '0'));
    if (i % 1000 === 0) mkdirSync(sub, { recursive: true });
    const post = makePost(random, i, counties, byCode, reprints);
    writeFileSync(join(sub, `post-${pad(i % 100)}-${i}.md`), post.text);
    bytes += Buffer.byteLength(post.text);
    captions += post.captions;
  }
  writeFileSync(marker, JSON.stringify({ version: GENERATOR_VERSION, posts: count, bytes, captions }));
  return { dir, posts: count, bytes, captions, generated: true };
};
