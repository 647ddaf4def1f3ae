import { appendFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

/** Few large appends: the posts of a batch spread their events over many months. */
const FLUSH_BYTES = 1 << 23;
const FIRST_CAPACITY = 1 << 14;

/** One file's pending bytes: a buffer that grows by doubling, filled from the start. */
interface Pending {
  bytes: Buffer;
  used: number;
}

/**
 * Appends lines to one file per key under `dir` (`KEY.EXT`), buffered: events by month, report lines by part.
 * Lines are encoded to UTF-8 as they come: held as strings, a batch's lines lived long enough for the young
 * generation to copy them into the old one (measured: a third of the writer's cost was that garbage collection).
 * Call flush() before anyone reads the files.
 */
export class PartWriter {
  private readonly pending = new Map<string, Pending>();
  private pendingBytes = 0;

  constructor(
    readonly dir: string,
    private readonly extension = 'tsv',
  ) {
    mkdirSync(dir, { recursive: true });
  }

  add(key: string, line: string): void {
    let part = this.pending.get(key);
    if (!part) {
      part = { bytes: Buffer.allocUnsafe(FIRST_CAPACITY), used: 0 };
      this.pending.set(key, part);
    }
    // A UTF-16 unit never takes more than 3 bytes in UTF-8.
    const room = part.used + line.length * 3;
    if (room > part.bytes.length) {
      const grown = Buffer.allocUnsafe(Math.max(room, part.bytes.length * 2));
      part.bytes.copy(grown, 0, 0, part.used);
      part.bytes = grown;
    }
    const written = part.bytes.write(line, part.used, 'utf8');
    part.used += written;
    this.pendingBytes += written;
    if (this.pendingBytes > FLUSH_BYTES) this.flush();
  }

  flush(): void {
    // Buffers are kept for the next lines: a run's keys (months, parts) recur from batch to batch.
    for (const [key, part] of this.pending) {
      if (part.used === 0) continue;
      appendFileSync(join(this.dir, `${key}.${this.extension}`), part.bytes.subarray(0, part.used));
      part.used = 0;
    }
    this.pendingBytes = 0;
  }
}
