import { statSync } from 'node:fs';

/**
 * A file's path, size and modification time: what an index kept from an earlier run checks its data files by (a
 * stat, not a read; a checkout that rewrites a file unchanged only costs one rebuild).
 */
export const fileStamp = (path: string): string => {
  const stat = statSync(path);
  return `${path} ${stat.size} ${stat.mtimeMs}`;
};
