import { appendFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

/** Few large appends: the posts of a batch spread their events over many months. */
const FLUSH_CHARS = 1 << 23;

/**
 * Appends lines to one file per key under `dir` (`KEY.EXT`), buffered: events by month, report lines by part.
 * Call flush() before anyone reads the files.
 */
export class PartWriter {
  private readonly pending = new Map<string, string[]>();
  private pendingChars = 0;

  constructor(
    readonly dir: string,
    private readonly extension = 'tsv',
  ) {
    mkdirSync(dir, { recursive: true });
  }

  add(key: string, line: string): void {
    const lines = this.pending.get(key);
    if (lines) lines.push(line);
    else this.pending.set(key, [line]);
    this.pendingChars += line.length;
    if (this.pendingChars > FLUSH_CHARS) this.flush();
  }

  flush(): void {
    for (const [key, lines] of this.pending) appendFileSync(join(this.dir, `${key}.${this.extension}`), lines.join(''));
    this.pending.clear();
    this.pendingChars = 0;
  }
}
