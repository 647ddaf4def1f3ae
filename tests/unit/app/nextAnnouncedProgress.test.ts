import { expect, test } from 'vitest';
import { nextAnnouncedProgress } from '../../../src/app/nextAnnouncedProgress.ts';

const at = (chunks: number, ms: number, totalChunks = 170) => ({ chunks, totalChunks, events: chunks * 100, at: ms });

test('the first progress is said at once; none stays none', () => {
  const first = at(0, 0);
  expect(nextAnnouncedProgress(null, first)).toBe(first);
  expect(nextAnnouncedProgress(null, null)).toBeNull();
  expect(nextAnnouncedProgress(first, null)).toBe(first);
});

test('a later one is said only once both a tenth of the months and a second have passed', () => {
  const said = at(10, 1000);
  // 17 months is a tenth of 170 (rounded up).
  expect(nextAnnouncedProgress(said, at(26, 5000))).toBe(said);
  expect(nextAnnouncedProgress(said, at(27, 1999))).toBe(said);
  const next = at(27, 2000);
  expect(nextAnnouncedProgress(said, next)).toBe(next);
});

test('a 170-month load reported every 100 ms is said about ten times, not 170', () => {
  let said = null;
  let times = 0;
  for (let chunks = 0; chunks <= 170; chunks++) {
    const next = nextAnnouncedProgress(said, at(chunks, chunks * 100));
    if (next !== said) times++;
    said = next;
  }
  expect(times).toBeGreaterThanOrEqual(9);
  expect(times).toBeLessThanOrEqual(11);
});

test('a fast load is held to one announcement a second', () => {
  let said = null;
  let times = 0;
  // 170 months in 1.7 s: a tenth of them every 170 ms, but at most one announcement a second.
  for (let chunks = 0; chunks <= 170; chunks++) {
    const next = nextAnnouncedProgress(said, at(chunks, chunks * 10));
    if (next !== said) times++;
    said = next;
  }
  expect(times).toBe(2);
});

test('a small index still steps by whole months', () => {
  const said = at(0, 0, 3);
  const next = at(1, 1500, 3);
  expect(nextAnnouncedProgress(said, next)).toBe(next);
});
