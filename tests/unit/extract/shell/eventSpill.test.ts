import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EventSpill, monthOf } from '../../../../scripts/build/eventSpill.ts';
import { renameMerged, type ReportPost } from '../../../../scripts/build/buildReport.ts';

const CHINA = 8 * 3_600_000;

describe('EventSpill', () => {
  it('files an instant under its China calendar month', () => {
    expect(monthOf(Date.UTC(2022, 0, 31, 16) - 0)).toBe('2022-02'); // 1 Feb 00:00 in China
    expect(monthOf(Date.UTC(2022, 0, 31) - CHINA)).toBe('2022-01');
  });

  it('gives the events back month by month in time order, each month in arrival order, then cleans up', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'atlas-spill-')), 'spill');
    const spill = new EventSpill(dir);
    const months = [5, 1, 5, 3, 1];
    months.forEach((month, ordinal) => spill.add(ordinal, Date.UTC(2021, month, 10) - CHINA, `{"n":${ordinal}}`));
    const read = [...spill.monthsInOrder()].map((month) =>
      month.map(([ordinal, json]) => [ordinal, JSON.parse(json).n]),
    );
    expect(read).toEqual([
      [
        [1, 1],
        [4, 4],
      ],
      [[3, 3]],
      [
        [0, 0],
        [2, 2],
      ],
    ]);
    spill.remove();
    expect(existsSync(dir)).toBe(false);
    rmSync(join(dir, '..'), { recursive: true, force: true });
  });
});

describe('renameMerged', () => {
  it('points the items and the event list of a report line at the events they were merged into', () => {
    const line: ReportPost = {
      path: 'a.md',
      title: 'a',
      date: null,
      notes: [],
      captions: 2,
      events: ['b', 'c'],
      items: [
        { kind: 'caption', position: 0, event: 'b' },
        { kind: 'caption', position: 1, event: 'c' },
      ],
    };
    const renamed = renameMerged(line, new Map([['c', 'b']]));
    expect(renamed.events).toEqual(['b']);
    expect(renamed.items.map((item) => item.event)).toEqual(['b', 'b']);
  });
});
