import { closeSync, mkdirSync, openSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';

const tempPathOf = (path: string) => `${path}.${process.pid}.tmp`;

/** Write a whole file so that readers see the old one or the new one, never half of it (temp file + rename). */
export const writeFileAtomic = (path: string, data: string): void => {
  mkdirSync(dirname(path), { recursive: true });
  const temp = tempPathOf(path);
  try {
    writeFileSync(temp, data);
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
};

/**
 * The same for output too large for one string (V8 caps a string at ~512 MB; 100k posts' events come close):
 * `write` is called with a sink and emits the file piece by piece: text is buffered into ~1 MB writes, bytes
 * (slices of a previous output copied as they are) are written through.
 */
export const writeStreamAtomic = (path: string, write: (emit: (piece: string | Uint8Array) => void) => void): void => {
  mkdirSync(dirname(path), { recursive: true });
  const temp = tempPathOf(path);
  const fd = openSync(temp, 'w');
  let open = true;
  try {
    let buffer = '';
    write((piece) => {
      if (typeof piece !== 'string') {
        writeSync(fd, buffer);
        buffer = '';
        for (let done = 0; done < piece.length;) done += writeSync(fd, piece, done);
        return;
      }
      buffer += piece;
      if (buffer.length > 1 << 20) {
        writeSync(fd, buffer);
        buffer = '';
      }
    });
    writeSync(fd, buffer);
    closeSync(fd);
    open = false;
    renameSync(temp, path);
  } catch (error) {
    if (open) closeSync(fd);
    rmSync(temp, { force: true });
    throw error;
  }
};
