import { closeSync, mkdirSync, openSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';

const tempPathOf = (path: string) => `${path}.${process.pid}.tmp`;

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

/** Pieces are gathered into writes of about this many bytes. */
const WRITE_BYTES = 1 << 20;

/**
 * The same for output too large for one string (V8 caps a string at ~512 MB; 100k posts' events come close):
 * `write` is called with a sink and emits the file piece by piece, text or bytes (slices of earlier files, copied
 * as they are, never decoded); pieces are gathered into ~1 MB writes.
 */
export const writeStreamAtomic = (path: string, write: (emit: (piece: string | Uint8Array) => void) => void): void => {
  mkdirSync(dirname(path), { recursive: true });
  const temp = tempPathOf(path);
  const fd = openSync(temp, 'w');
  let open = true;
  try {
    let pieces: Uint8Array[] = [];
    let text = '';
    let gathered = 0;
    const flush = () => {
      if (text) pieces.push(Buffer.from(text));
      const chunk = pieces.length === 1 ? pieces[0] : Buffer.concat(pieces);
      for (let done = 0; done < chunk.length;) done += writeSync(fd, chunk, done);
      pieces = [];
      text = '';
      gathered = 0;
    };
    write((piece) => {
      if (typeof piece === 'string') {
        text += piece;
        gathered += piece.length;
      } else {
        if (text) pieces.push(Buffer.from(text));
        text = '';
        pieces.push(piece);
        gathered += piece.length;
      }
      if (gathered > WRITE_BYTES) flush();
    });
    flush();
    closeSync(fd);
    open = false;
    renameSync(temp, path);
  } catch (error) {
    if (open) closeSync(fd);
    rmSync(temp, { force: true });
    throw error;
  }
};
