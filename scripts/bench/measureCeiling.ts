import { readFileSync } from 'node:fs';
import matter from 'gray-matter';
import { Parser } from 'htmlparser2';

/**
 * The raw ceiling, by the method of ../shared/bench/extract.mjs: one thread reads every file, parses its front matter
 * with gray-matter and walks its HTML with htmlparser2, pairing each image with the `↑` text after it into a small
 * object. No dates, no places, no output: what any extractor built on these libraries must pay at least.
 */
export const measureCeiling = (files: readonly string[]): { seconds: number; bytes: number; captions: number } => {
  const started = performance.now();
  let bytes = 0;
  const pairs: Array<{ src: string | null; caption: string; post: string }> = [];
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    bytes += Buffer.byteLength(text);
    const post = matter(text.replace(/^\s+(?=---)/, ''), {});
    let pending: string | null = null;
    let inCaption = false;
    let buffer = '';
    const close = () => {
      pairs.push({ src: pending, caption: buffer.trim(), post: String(post.data.title) });
      inCaption = false;
      pending = null;
      buffer = '';
    };
    const parser = new Parser({
      onopentag(name, attrs) {
        if (name === 'img') pending = attrs['data-original'] ?? attrs.src ?? null;
        if (inCaption && (name === 'p' || name === 'div')) close();
      },
      ontext(chunk) {
        if (inCaption) buffer += chunk;
        else if (chunk.includes('↑')) {
          inCaption = true;
          buffer = chunk.slice(chunk.indexOf('↑') + 1);
        }
      },
      onclosetag(name) {
        if (inCaption && (name === 'p' || name === 'div')) close();
      },
    });
    parser.write(post.content);
    parser.end();
    if (inCaption) close();
  }
  return { seconds: (performance.now() - started) / 1000, bytes, captions: pairs.length };
};
