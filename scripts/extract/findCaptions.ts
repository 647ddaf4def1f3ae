import { Parser, type Handler } from 'htmlparser2';
import type { Photo } from '../../src/model/event.ts';

/** A `↑` caption and the photo(s) just before it. */
export interface CaptionBlock {
  /** The caption as plain text, starting with its arrow, whitespace from the HTML layout removed. */
  text: string;
  photos: Photo[];
  /** Ordinal of the caption in its post (0, 1, …): with the post path it makes the event id. */
  position: number;
}

/** Everything the body holds that the extractor cares about, in document order. */
export interface BodyScan {
  captions: CaptionBlock[];
  /** Images that no caption followed (a caption must come before any other text). */
  uncaptionedImages: Photo[];
  /** Text that is not a caption, one entry per block of text, for the dated-sentence pass. */
  paragraphs: string[];
}

/** ZAKER writes U+2191; some outlets use the half-width form or the heavy arrow. */
export const CAPTION_ARROWS = ['↑', '￪', '⬆'];
/** Searched with exec (a native scan; match objects only where an arrow is), not with matchAll and spreads. */
const ARROW_PATTERN = new RegExp(`[${CAPTION_ARROWS.join('')}]`, 'g');

/** Tags that end a run of text. Inline tags (span, a, strong …) do not; <br> is a soft break (see below). */
const BLOCK_TAGS = new Set([
  'p',
  'div',
  'img',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'ul',
  'ol',
  'table',
  'tr',
  'td',
  'th',
  'section',
  'article',
  'figure',
  'figcaption',
  'blockquote',
  'iframe',
  'video',
  'audio',
  'hr',
  'pre',
  'header',
  'footer',
]);
const SKIPPED_TAGS = new Set(['script', 'style', 'noscript', 'template']);
/** What a tag does to the text, by name: one Map probe per tag instead of a Set probe for each kind. */
const BLOCK = 1;
const SKIPPED = 2;
const TAG_KIND = new Map<string, number>([
  ...Array.from(BLOCK_TAGS, (name): [string, number] => [name, BLOCK]),
  ...Array.from(SKIPPED_TAGS, (name): [string, number] => [name, SKIPPED]),
]);

/** Plain digits (the usual `1000`), read without parseInt; anything else is left to it. */
const PLAIN_SIZE = /^[0-9]{1,9}$/;

const readSize = (value: string | undefined): number | null => {
  if (value === undefined) return null;
  if (PLAIN_SIZE.test(value)) {
    let plain = 0;
    for (let i = 0; i < value.length; i++) plain = plain * 10 + value.charCodeAt(i) - 0x30;
    return plain > 0 ? plain : null;
  }
  const size = Number.parseInt(value, 10);
  return Number.isFinite(size) && size > 0 ? size : null;
};

/** The attributes photoOf reads, each in its slot of PhotoAttributes; the others of an <img> are not kept. */
const PHOTO_ATTRIBUTES = ['data-original', 'data-src', 'src', 'data-width', 'width', 'data-height', 'height'];
const [DATA_ORIGINAL, DATA_SRC, SRC, DATA_WIDTH, WIDTH, DATA_HEIGHT, HEIGHT] = PHOTO_ATTRIBUTES.keys();
/** An <img>'s photo attributes by slot (undefined: not given). */
type PhotoAttributes = (string | undefined)[];

/** The slot of each name by its length: the seven names have seven different lengths. */
const SLOT_BY_LENGTH = new Int8Array(16).fill(-1);
PHOTO_ATTRIBUTES.forEach((name, slot) => (SLOT_BY_LENGTH[name.length] = slot));

/**
 * The slot of the attribute named html[start, end), its ASCII letters in either case (as lower-casing reads them:
 * no other character lower-cases to a letter of these names), or -1. Compared in place: slicing and lower-casing
 * every name of every <img> cost more than this.
 */
const photoSlotAt = (html: string, start: number, end: number): number => {
  const slot = end - start < SLOT_BY_LENGTH.length ? SLOT_BY_LENGTH[end - start] : -1;
  if (slot === -1) return -1;
  const name = PHOTO_ATTRIBUTES[slot];
  for (let i = 0; i < name.length; i++) {
    const want = name.charCodeAt(i);
    const code = html.charCodeAt(start + i);
    if (code !== want && !(want >= 0x61 && want <= 0x7a && code === want - 0x20)) return -1;
  }
  return slot;
};

/**
 * htmlparser2's Parser (its tag stack, implied and void closes, entities, skipped raw text: the real HTML semantics)
 * with the attribute and text events of its Tokenizer taken over: only the photo attributes of an <img> are sliced
 * and kept (the Parser builds every attribute's name and value of every tag), and text goes straight into the run.
 * Events come from one write of the whole body, so Tokenizer indexes point into `html` itself.
 */
class CaptionParser extends Parser {
  /** What the body holds, filled in as blocks end. */
  readonly scan: BodyScan = { captions: [], uncaptionedImages: [], paragraphs: [] };
  /** Images since the last caption or paragraph: the next caption's photos, unless other text comes first. */
  pending: Photo[] = [];
  /** The text run since the last block boundary. */
  run = '';
  /** Depth inside script/style/noscript/template, whose text is no body text. */
  skipping = 0;
  /** The photo attributes of the <img> being read (first of a name wins); null outside an <img>. */
  imgAttrs: PhotoAttributes | null = null;
  /** The slot of the attribute being read, -1 when it is not kept. */
  private slot = -1;
  private value = '';

  constructor(
    private readonly html: string,
    handler: Partial<Handler>,
  ) {
    // Attribute names are matched below, for the <img> ones only (the parser would lower-case every one of them).
    // Entities start with '&': without one in the body, decoding has nothing to do, and with it off the tokenizer
    // skips through text and attribute values with one search for the next '<' or quote instead of a state step
    // per character (the same events either way).
    super(handler, { decodeEntities: html.includes('&'), lowerCaseAttributeNames: false });
  }

  override ontext(start: number, endIndex: number): void {
    if (this.skipping === 0) this.run += this.html.slice(start, endIndex);
  }

  override ontextentity(codePoint: number): void {
    if (this.skipping === 0) this.run += String.fromCodePoint(codePoint);
  }

  override onattribname(start: number, endIndex: number): void {
    this.slot = this.imgAttrs ? photoSlotAt(this.html, start, endIndex) : -1;
  }

  override onattribdata(start: number, endIndex: number): void {
    if (this.slot !== -1) this.value += this.html.slice(start, endIndex);
  }

  override onattribentity(codePoint: number): void {
    if (this.slot !== -1) this.value += String.fromCodePoint(codePoint);
  }

  override onattribend(): void {
    if (this.slot !== -1 && this.imgAttrs && this.imgAttrs[this.slot] === undefined) {
      this.imgAttrs[this.slot] = this.value;
    }
    this.slot = -1;
    this.value = '';
  }

  /**
   * A block boundary: the run so far becomes captions and paragraphs. (Methods, not closures made per post: tsx's
   * keepNames gives every such closure a defineProperty call.)
   */
  flush(): void {
    const text = this.run;
    this.run = '';
    // Every block tag, open or close, flushes: most runs are empty or plain text, which need no arrow search.
    if (text === '') return;
    ARROW_PATTERN.lastIndex = 0;
    let found = ARROW_PATTERN.exec(text);
    if (!found) {
      this.addParagraphs(text);
      return;
    }
    this.addParagraphs(text.slice(0, found.index));
    const { captions } = this.scan;
    while (found) {
      const start = found.index;
      found = ARROW_PATTERN.exec(text);
      const caption = joinLines(text.slice(start, found ? found.index : text.length));
      captions.push({ text: caption, photos: this.pending, position: captions.length });
      this.pending = [];
    }
  }

  private addParagraphs(text: string): void {
    // Line by line with indexOf (no split/map/filter arrays): every block of every post comes through here.
    const { paragraphs } = this.scan;
    const before = paragraphs.length;
    for (let start = 0; start <= text.length;) {
      const newline = text.indexOf('\n', start);
      const end = newline === -1 ? text.length : newline;
      const line = text.slice(start, end).trim();
      if (line !== '') paragraphs.push(line);
      start = end + 1;
    }
    if (paragraphs.length === before) return;
    // Other text came between these images and any caption: they have none.
    this.scan.uncaptionedImages.push(...this.pending);
    this.pending = [];
  }
}

const photoOf = (attrs: PhotoAttributes): Photo | null => {
  // data-original is the real address; src is often a lazy-load placeholder or a proxy.
  const src = (attrs[DATA_ORIGINAL] || attrs[DATA_SRC] || attrs[SRC] || '').trim();
  if (!src) return null;
  return {
    src,
    width: readSize(attrs[DATA_WIDTH] ?? attrs[WIDTH]),
    height: readSize(attrs[DATA_HEIGHT] ?? attrs[HEIGHT]),
  };
};

/** Layout whitespace that spans a line break (or a <br>) joins the two sides: Chinese has no spaces between words. */
const joinLines = (text: string): string => text.replace(/[ \t\r]*\n\s*/g, '').trim();

/**
 * Walk a ZAKER/Hexo HTML body with htmlparser2 and pair each `↑` caption with the images just before it.
 * A caption is the text run from its arrow to the next block boundary (a <br> inside it does not end it, so a
 * caption split over lines stays whole); several images before one caption are a photo set and stay together.
 * Text before an arrow in the same run is body text; every arrow starts a caption, so each one is accounted for.
 */
export const findCaptions = (html: string): BodyScan => {
  const parser: CaptionParser = new CaptionParser(html, {
    onopentagname(name) {
      const kind = TAG_KIND.get(name);
      if (kind === SKIPPED) parser.skipping++;
      if (name === 'br') parser.run += '\n';
      else if (kind === BLOCK) parser.flush();
      parser.imgAttrs = name === 'img' ? new Array<string | undefined>(PHOTO_ATTRIBUTES.length) : null;
    },
    // Only CDATA in svg/math comes here: the parser's own text events are taken over above.
    ontext(text) {
      if (parser.skipping === 0) parser.run += text;
    },
    onclosetag(name) {
      // <img> is void: htmlparser2 closes it right where onopentag would come, after its attributes.
      if (name === 'img' && parser.imgAttrs) {
        const photo = photoOf(parser.imgAttrs);
        if (photo) parser.pending.push(photo);
        parser.imgAttrs = null;
      }
      const kind = TAG_KIND.get(name);
      if (kind === SKIPPED) parser.skipping = Math.max(0, parser.skipping - 1);
      else if (kind === BLOCK) parser.flush();
    },
  });
  parser.write(html);
  parser.end();
  parser.flush();
  parser.scan.uncaptionedImages.push(...parser.pending);
  return parser.scan;
};
