import { join } from 'node:path';

/** Posts per report part, roughly: a re-run rewrites only the parts of the posts that changed. */
const POSTS_PER_PART = 1000;
const MAX_PARTS = 256;

/** How many parts for an archive of `posts`: a power of two, so that parts split evenly as the archive grows. */
export const reportPartsFor = (posts: number): number => {
  let parts = 1;
  while (parts < MAX_PARTS && parts * POSTS_PER_PART < posts) parts *= 2;
  return parts;
};

/** The part a post's line is in: a hash of its path (FNV-1a), so adding a post moves no other post. */
export const reportPartOf = (path: string, parts: number): number => {
  let hash = 0x811c9dc5;
  for (let i = 0; i < path.length; i++) {
    hash ^= path.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % parts;
};

/** report/000.jsonl …: the post lines of a part, in walk order, one JSON object per line. */
export const reportPartFile = (part: number): string => `report/${String(part).padStart(3, '0')}.jsonl`;

export const reportPartPath = (outDir: string, part: number): string => join(outDir, reportPartFile(part));
