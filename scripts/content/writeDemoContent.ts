/**
 * Writes the demo posts (content/posts/*.md) and their placeholder photos (public/demo-photos/*.svg) from the
 * hand-written sources in scripts/content/posts/. Run: npx tsx scripts/content/writeDemoContent.ts
 * Removes stale generated files first so the folders always match the sources.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { demoPosts } from './demoPosts.ts';
import { makePlaceholderSvg } from './makePlaceholderSvg.ts';
import { renderZakerPost } from './renderZakerPost.ts';

const root = join(import.meta.dirname, '..', '..');
const postsDir = join(root, 'content', 'posts');
const photosDir = join(root, 'public', 'demo-photos');

function clearGenerated(dir: string, extension: string): void {
  mkdirSync(dir, { recursive: true });
  for (const name of readdirSync(dir)) if (name.endsWith(extension)) rmSync(join(dir, name));
}

clearGenerated(postsDir, '.md');
clearGenerated(photosDir, '.svg');

let captions = 0;
let photoCount = 0;
let missing = 0;
for (const post of demoPosts) {
  const rendered = renderZakerPost(post);
  writeFileSync(join(postsDir, rendered.fileName), rendered.markdown);
  captions += rendered.markdown.split('↑').length - 1;
  for (const photo of rendered.photos) {
    if (photo.missing) {
      missing++;
      continue;
    }
    writeFileSync(join(root, 'public', photo.path), makePlaceholderSvg(photo));
    photoCount++;
  }
}
console.log(`${demoPosts.length} posts, ${captions} ↑ captions, ${photoCount} placeholder photos, ${missing} missing`);
