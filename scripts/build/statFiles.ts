import { statSync } from 'node:fs';

/** Sizes and mtimes of files; NaN for one that cannot be stat'ed (a removed or unreadable post). */
export interface FileStats {
  sizes: Float64Array<ArrayBuffer>;
  mtimes: Float64Array<ArrayBuffer>;
}

export const statFiles = (paths: readonly string[]): FileStats => {
  const sizes = new Float64Array(paths.length).fill(Number.NaN);
  const mtimes = new Float64Array(paths.length).fill(Number.NaN);
  paths.forEach((path, i) => {
    try {
      const stat = statSync(path);
      sizes[i] = stat.size;
      mtimes[i] = stat.mtimeMs;
    } catch {
      // left NaN: the post is read, and the extractor says what is wrong with it
    }
  });
  return { sizes, mtimes };
};
