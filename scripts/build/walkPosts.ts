import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Files the prebuild reads as posts. Hexo writes .md; the ZAKER exports are .txt. */
export const POST_EXTENSIONS = ['.md', '.markdown', '.txt', '.html'];
const IS_POST = new RegExp(`(?:${POST_EXTENSIONS.map((ext) => ext.replace('.', '\\.')).join('|')})$`, 'i');

/**
 * Every post file under a folder, recursively, as paths relative to it with forward slashes, sorted (so ids,
 * merge order and output are the same on every machine). Hidden folders and node_modules are skipped.
 */
export const walkPosts = (root: string): string[] => {
  const found: string[] = [];
  const visit = (dir: string, prefix: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
      if (entry.isDirectory()) visit(join(dir, entry.name), relative);
      else if (entry.isFile() && IS_POST.test(entry.name)) found.push(relative);
    }
  };
  visit(root, '');
  return found.sort();
};
