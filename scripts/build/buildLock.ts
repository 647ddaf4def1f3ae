import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';

const isRunning = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/**
 * One build at a time per cache folder (two would interleave their month files and state): takes
 * `CACHE/build.lock`, or throws a clear error naming the process that holds it. A lock left by a process that is
 * gone (or by this one) is taken over. Returns the function that releases it.
 */
export const lockBuild = (cacheDir: string): (() => void) => {
  mkdirSync(cacheDir, { recursive: true });
  const path = join(cacheDir, 'build.lock');
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(path, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      let holder = 0;
      try {
        holder = Number(readFileSync(path, 'utf8'));
      } catch {
        // released meanwhile: try again
      }
      if (holder && holder !== process.pid && isRunning(holder)) {
        throw new Error(`another build (process ${holder}) is using ${cacheDir}: wait for it, or remove ${path}`);
      }
      rmSync(path, { force: true });
    }
  }
  throw new Error(`could not take ${path}`);
};
