/**
 * The hand-written source of one demo post. `writeDemoContent.ts` renders it into the Hexo + ZAKER HTML format of
 * real input posts (content/posts/*.md) and draws a placeholder SVG for every photo it references.
 */

/** A paragraph of body text. */
export interface ParagraphBlock {
  kind: 'p';
  text: string;
}

/**
 * One or more photos followed by an optional caption run (the caption text, with its `↑`, exactly as written).
 * Several photos before one caption make a photo set; no caption makes an uncaptioned image.
 */
export interface PhotoBlock {
  kind: 'photos';
  /** Short label drawn on each placeholder (a place or subject, a few characters). */
  label: string;
  count?: number;
  caption?: string;
  /** Reference a photo file that is deliberately not generated, to exercise the app's missing-image placeholder. */
  missing?: boolean;
}

export type PostBlock = ParagraphBlock | PhotoBlock;

export interface DemoPost {
  /** Stable post number; photo files are named p{NN}-{k}.svg after it. */
  n: number;
  /** File name without `.md`. */
  slug: string;
  title: string;
  /** Article date, ISO 8601 UTC; written into the front matter the way Hexo/ZAKER posts carry it. */
  date: string;
  categories?: string[];
  permalink?: string;
  /** Full address of the original article, as some exporters write it instead of a permalink. */
  url?: string;
  blocks: PostBlock[];
  /** Front matter written verbatim instead of the generated one (for the deliberately broken post). */
  rawFrontMatter?: string;
}

export const p = (text: string): ParagraphBlock => ({ kind: 'p', text });

export const photo = (label: string, caption?: string, options: { count?: number; missing?: boolean } = {}) =>
  ({ kind: 'photos', label, caption, ...options }) satisfies PhotoBlock;
