import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { latestEvery } from '../../../src/data/latestEvery.ts';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

const clock = () => Date.now();

test('publishes at once after a quiet spell, then the latest value at most once per interval', () => {
  const published: number[] = [];
  const limiter = latestEvery<number>(100, (value) => published.push(value), clock);
  limiter.push(0);
  expect(published).toEqual([0]);
  for (let value = 1; value <= 5; value++) {
    vi.advanceTimersByTime(30);
    limiter.push(value);
  }
  // 1–3 came within 100 ms of 0: only the latest of them (3) went out, at 100 ms; 4 and 5 wait for 200 ms.
  expect(published).toEqual([0, 3]);
  vi.advanceTimersByTime(100);
  expect(published).toEqual([0, 3, 5]);
  vi.advanceTimersByTime(1000);
  expect(published).toEqual([0, 3, 5]);
  limiter.push(6);
  expect(published).toEqual([0, 3, 5, 6]);
});

test('a steady stream every 10 ms is published about ten times a second', () => {
  const published: number[] = [];
  const limiter = latestEvery<number>(100, (value) => published.push(value), clock);
  for (let value = 0; value < 100; value++) {
    limiter.push(value);
    vi.advanceTimersByTime(10);
  }
  vi.advanceTimersByTime(100);
  expect(published.length).toBeGreaterThanOrEqual(10);
  expect(published.length).toBeLessThanOrEqual(11);
  expect(published.at(-1)).toBe(99);
});

test('cancel drops a waiting value', () => {
  const published: number[] = [];
  const limiter = latestEvery<number>(100, (value) => published.push(value), clock);
  limiter.push(1);
  limiter.push(2);
  limiter.cancel();
  vi.advanceTimersByTime(500);
  expect(published).toEqual([1]);
});
