import { createRequire } from 'node:module';
import type GrayMatter from 'gray-matter';
import { civilFromDays } from './date/civilFromDays.ts';
import { fail, ok, type Result } from '../../src/model/result.ts';
import { readFlatYaml } from './readFlatYaml.ts';

/** What the extractor needs from a post's front matter, normalised once at the edge. */
export interface PostMeta {
  title: string;
  /** Article date as ISO 8601 UTC, or null when the front matter has none. */
  date: string | null;
  categories: string[];
  headimg: string | null;
  /** permalink or url when the front matter gives one. */
  url: string | null;
}

export interface Post {
  meta: PostMeta;
  /** The HTML body below the front matter. */
  body: string;
  /** Set when the front matter could not be read; meta then holds a fallback (title from the path, no date). */
  problem: { reason: 'bad-front-matter'; message: string } | null;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);

const asText = (value: unknown): string | null => {
  if (typeof value === 'string') return value.trim() || null;
  if (typeof value === 'number') return String(value);
  return null;
};

const ZONELESS_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

const DAY_MS = 86_400_000;
/** 10000-01-01T00:00:00Z: from there on toISOString writes six-digit years. */
const YEAR_10000_MS = 253_402_300_800_000;
const pad2 = (n: number): string => (n < 10 ? `0${n}` : `${n}`);

/**
 * new Date(ms).toISOString() for 1970 to 9999 by arithmetic (civil-from-days, H. Hinnant), which costs a fraction of
 * the Date object and its formatting; other instants are left to Date.
 */
export const isoInstant = (ms: number): string => {
  if (!Number.isInteger(ms) || ms < 0 || ms >= YEAR_10000_MS) return new Date(ms).toISOString();
  const days = Math.floor(ms / DAY_MS);
  const time = ms - days * DAY_MS;
  const { year, month, day } = civilFromDays(days);
  const millis = time % 1000;
  return (
    `${year}-${pad2(month)}-${pad2(day)}T${pad2(Math.floor(time / 3_600_000))}:` +
    `${pad2(Math.floor(time / 60_000) % 60)}:${pad2(Math.floor(time / 1000) % 60)}.` +
    `${millis < 10 ? '00' : millis < 100 ? '0' : ''}${millis}Z`
  );
};

/** A date without a zone ("2022-01-26 10:00:00", as Hexo writes them) is China time, the posts' home zone. */
const readDate = (value: unknown): Result<string | null, 'bad-front-matter'> => {
  if (value === undefined || value === null || value === '') return ok(null);
  if (value instanceof Date) {
    return Number.isNaN(value.getTime())
      ? fail('bad-front-matter', 'date is not a valid date')
      : ok(value.toISOString());
  }
  if (typeof value !== 'string') return fail('bad-front-matter', `date has type ${typeof value}, expected text`);
  const text = value.trim();
  const zoneless = ZONELESS_DATE.exec(text);
  const parsed = zoneless
    ? Date.UTC(
        +zoneless[1],
        +zoneless[2] - 1,
        +zoneless[3],
        +(zoneless[4] ?? 0) - 8,
        +(zoneless[5] ?? 0),
        +(zoneless[6] ?? 0),
      )
    : Date.parse(text);
  if (Number.isNaN(parsed)) return fail('bad-front-matter', `date "${text}" cannot be read`);
  return ok(isoInstant(parsed));
};

const asList = (value: unknown): string[] => {
  if (Array.isArray(value)) return value.map(asText).filter((item): item is string => item !== null);
  const single = asText(value);
  return single === null ? [] : [single];
};

/** Front matter arrives as `unknown` (whatever the YAML said); this is the one place it becomes a PostMeta. */
export const normalizeFrontMatter = (data: unknown): Result<PostMeta, 'bad-front-matter'> => {
  if (!isRecord(data)) return fail('bad-front-matter', 'front matter is not a mapping of fields');
  if (data.title !== undefined && data.title !== null && asText(data.title) === null) {
    return fail('bad-front-matter', `title has type ${typeof data.title}, expected text`);
  }
  const date = readDate(data.date);
  if (!date.ok) return date;
  return ok({
    title: asText(data.title) ?? '',
    date: date.value,
    categories: asList(data.categories),
    headimg: asText(data.headimg),
    url: asText(data.permalink) ?? asText(data.url),
  });
};

/** What a post whose front matter is unreadable is filed under: its file name, no date. */
export const fallbackMeta = (path: string): PostMeta => ({
  title: path.replace(/^.*\//, '').replace(/\.[^.]+$/, ''),
  date: null,
  categories: [],
  headimg: null,
  url: null,
});

/**
 * gray-matter (with js-yaml) is loaded on first need, not at start: it costs ~60 ms of every extract thread's start
 * and the usual front matter never needs it (readFlatYaml reads it).
 */
const requirePackage = createRequire(import.meta.url);
let grayMatter: typeof GrayMatter | undefined;
const loadMatter = (): typeof GrayMatter => (grayMatter ??= requirePackage('gray-matter') as typeof GrayMatter);
const matter = (source: string, options: Record<string, never>) => loadMatter()(source, options);
/** gray-matter's YAML engine (js-yaml 3 safeLoad): the parser matter() itself calls, documented as `matter.engines`. */
const parseYaml = (text: string): unknown =>
  (loadMatter() as unknown as { engines: { yaml: { parse(text: string): unknown } } }).engines.yaml.parse(text);
const FENCE = '---';
const CLOSE_FENCE = '\n---';
const COMMENT_LINES = /^\s*#[^\n]+/gm;

/**
 * What matter(source, {}) returns for data and content, without its per-call overhead (a Buffer copy of the whole
 * post, options rebuilt three times, excerpt and language probing): the same steps for the one shape posts have,
 * `---` then a newline. Anything else (a language after the fence, a `----` line) goes to gray-matter itself.
 * Passing options (even empty) keeps gray-matter from caching every file it has seen.
 */
const splitFrontMatter = (source: string): { data: unknown; content: string } => {
  const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  if (!text.startsWith(FENCE)) return { data: {}, content: text };
  // gray-matter reads the rest of the fence line as a language name: the fast path only takes an empty one.
  if (!text.startsWith('\n', FENCE.length) && !text.startsWith('\r\n', FENCE.length)) return matter(source, {});
  const str = text.slice(FENCE.length);
  const closeIndex = str.indexOf(CLOSE_FENCE);
  const block = closeIndex === -1 ? str : str.slice(0, closeIndex);
  // The usual flat block is read directly (a block of key lines is never empty); js-yaml reads the rest.
  const data = readFlatYaml(block) ?? (block.replace(COMMENT_LINES, '').trim() === '' ? {} : (parseYaml(block) ?? {}));
  if (closeIndex === -1) return { data, content: '' };
  let content = str.slice(closeIndex + CLOSE_FENCE.length);
  if (content.charCodeAt(0) === 0x0d) content = content.slice(1);
  if (content.charCodeAt(0) === 0x0a) content = content.slice(1);
  return { data, content };
};

/** Hexo posts may start with blank lines before the `---` fence (the ZAKER exports do). */
const LEADING_BLANK_LINES = /^(?:[ \t]*\r?\n)+(?=---)/;

/**
 * Split a post into front matter and body. Never throws: YAML errors and odd fields become `problem`, and the body is
 * still returned so that its captions are read (and accounted for) all the same.
 */
export const readPost = (path: string, text: string): Post => {
  const source = text.replace(LEADING_BLANK_LINES, '');
  let data: unknown;
  let body: string;
  try {
    const parsed = splitFrontMatter(source);
    data = parsed.data;
    body = parsed.content;
  } catch (error) {
    const fence = /^---\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/.exec(source);
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return {
      meta: fallbackMeta(path),
      body: fence ? source.slice(fence[0].length) : source,
      problem: { reason: 'bad-front-matter', message: `front matter YAML cannot be read: ${message}` },
    };
  }
  const meta = normalizeFrontMatter(data);
  if (!meta.ok) return { meta: fallbackMeta(path), body, problem: { reason: meta.reason, message: meta.message } };
  return { meta: meta.value, body, problem: null };
};
