import { appendFileSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const CHINA_OFFSET_MS = 8 * 3_600_000;
const FLUSH_CHARS = 1 << 18;

/** The China calendar month of an instant, "YYYY-MM": events sort by t0, so a month's file holds a slice of the order. */
export const monthOf = (t0: number): string => new Date(t0 + CHINA_OFFSET_MS).toISOString().slice(0, 7);

/**
 * Events parked on disk by month while the run goes on, so that the main thread keeps only small keys however large
 * the archive (100k posts make ~1 GB of event JSON). Reading back one month at a time gives the output in time
 * order with at most a month of events in memory. Lines are `ordinal<TAB>json`.
 */
export class EventSpill {
  private readonly pending = new Map<string, string[]>();
  private pendingChars = 0;
  private readonly months = new Set<string>();

  constructor(private readonly dir: string) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
  }

  add(ordinal: number, t0: number, json: string): void {
    const month = monthOf(t0);
    this.months.add(month);
    const lines = this.pending.get(month);
    const line = `${ordinal}\t${json}\n`;
    if (lines) lines.push(line);
    else this.pending.set(month, [line]);
    this.pendingChars += line.length;
    if (this.pendingChars > FLUSH_CHARS) this.flush();
  }

  flush(): void {
    for (const [month, lines] of this.pending) appendFileSync(join(this.dir, `${month}.tsv`), lines.join(''));
    this.pending.clear();
    this.pendingChars = 0;
  }

  /** Every month that holds events, in time order, with its events as [ordinal, json]. */
  *monthsInOrder(): Generator<Array<[number, string]>> {
    this.flush();
    for (const month of [...this.months].sort()) {
      const text = readFileSync(join(this.dir, `${month}.tsv`), 'utf8');
      const entries: Array<[number, string]> = [];
      for (const line of text.split('\n')) {
        if (line === '') continue;
        const tab = line.indexOf('\t');
        entries.push([Number(line.slice(0, tab)), line.slice(tab + 1)]);
      }
      yield entries;
    }
  }

  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}
