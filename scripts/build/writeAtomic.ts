import { closeSync, mkdirSync, openSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { threadId } from 'node:worker_threads';

/** Threads share the process id: two writing the same file (the parsers' snapshot) must not share a temp file. */
const tempPathOf = (path: string) => `${path}.${process.pid}-${threadId}.tmp`;

/** Write a whole file so that readers see the old one or the new one, never half of it (temp file + rename). */
export const writeFileAtomic = (path: string, data: string | Uint8Array): void => {
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
 * Text and bytes as one buffer, each piece copied once (a month's chunk is mostly events' JSON copied as bytes from
 * the month's lines: no decoding, no string of the whole file). A month of a 100k-post archive is a few MB.
 */
export const concatBytes = (pieces: ReadonlyArray<string | Uint8Array>): Buffer => {
  let length = 0;
  for (const piece of pieces) length += typeof piece === 'string' ? Buffer.byteLength(piece) : piece.length;
  const out = Buffer.allocUnsafe(length);
  let at = 0;
  for (const piece of pieces) {
    if (typeof piece === 'string') at += out.write(piece, at);
    else {
      out.set(piece, at);
      at += piece.length;
    }
  }
  return out;
};

/** Text is gathered into writes of about this many characters. */
const WRITE_CHARS = 1 << 20;

/**
 * writeFileAtomic for output too large for one string (V8 caps a string at ~512 MB; 100k posts' report lines come close):
 * `write` is called with a sink and emits the file piece by piece, gathered into ~1 MB writes.
 */
export const writeStreamAtomic = (path: string, write: (emit: (piece: string) => void) => void): void => {
  mkdirSync(dirname(path), { recursive: true });
  const temp = tempPathOf(path);
  const fd = openSync(temp, 'w');
  let open = true;
  try {
    let buffer = '';
    write((piece) => {
      buffer += piece;
      if (buffer.length > WRITE_CHARS) {
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
