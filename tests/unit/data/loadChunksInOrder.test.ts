import { describe, expect, test } from 'vitest';
import { loadChunksInOrder } from '../../../src/data/loadChunksInOrder.ts';

/** A load whose results the test hands out by hand, in any order, watching how many are started but not consumed. */
function controlledLoads() {
  const pending = new Map<number, { resolve: (value: string) => void; reject: (error: Error) => void }>();
  const started: number[] = [];
  const load = (index: number) =>
    new Promise<string>((resolve, reject) => {
      started.push(index);
      pending.set(index, { resolve, reject });
    });
  const settle = async (index: number, error?: Error) => {
    const entry = pending.get(index);
    if (!entry) throw new Error(`load ${index} was not started`);
    pending.delete(index);
    if (error) entry.reject(error);
    else entry.resolve(`item ${index}`);
    // Let the loader react (its then-callbacks run as microtasks).
    await new Promise((next) => setTimeout(next, 0));
  };
  return { load, settle, started };
}

describe('loadChunksInOrder', () => {
  test('hands items over in index order whatever order they arrive in, a window at a time', async () => {
    const { load, settle, started } = controlledLoads();
    const consumed: string[] = [];
    const done = loadChunksInOrder(7, load, (item, index) => consumed.push(`${index}:${item}`), 3);
    expect(started).toEqual([0, 1, 2]);
    await settle(2);
    await settle(1);
    // Nothing can be used before item 0, and the window (3) is full of started-but-unused items.
    expect(consumed).toEqual([]);
    expect(started).toEqual([0, 1, 2]);
    await settle(0);
    expect(consumed).toEqual(['0:item 0', '1:item 1', '2:item 2']);
    expect(started).toEqual([0, 1, 2, 3, 4, 5]);
    await settle(5);
    await settle(3);
    expect(started).toEqual([0, 1, 2, 3, 4, 5, 6]);
    await settle(6);
    await settle(4);
    await done;
    expect(consumed.map((entry) => Number(entry.split(':')[0]))).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  test('never holds more than the window, in flight or waiting, under random timing', async () => {
    let held = 0;
    let most = 0;
    const consumed: number[] = [];
    await loadChunksInOrder(
      40,
      async (index) => {
        held++;
        most = Math.max(most, held);
        await new Promise((next) => setTimeout(next, (index * 7) % 5));
        return index;
      },
      (item) => {
        held--;
        consumed.push(item);
      },
      4,
    );
    expect(consumed).toEqual(Array.from({ length: 40 }, (_, i) => i));
    expect(most).toBe(4);
  });

  test('nothing to load resolves at once', async () => {
    let calls = 0;
    await loadChunksInOrder(
      0,
      async () => calls++,
      () => calls++,
    );
    expect(calls).toBe(0);
  });

  test('a failed load rejects and starts nothing more', async () => {
    const { load, settle, started } = controlledLoads();
    const consumed: number[] = [];
    const done = loadChunksInOrder(6, load, (_, index) => consumed.push(index), 2);
    const outcome = done.then(
      () => 'resolved',
      (error: Error) => error.message,
    );
    await settle(0);
    await settle(1, new Error('chunk 1 broke'));
    expect(await outcome).toBe('chunk 1 broke');
    expect(consumed).toEqual([0]);
    await settle(2);
    expect(started).toEqual([0, 1, 2]);
    expect(consumed).toEqual([0]);
  });

  test('a load that throws and a consumer that throws both reject', async () => {
    await expect(
      loadChunksInOrder(
        2,
        () => {
          throw new Error('sync throw');
        },
        () => undefined,
      ),
    ).rejects.toThrow('sync throw');
    await expect(
      loadChunksInOrder(
        3,
        async (index) => index,
        (index) => {
          if (index === 1) throw new Error('consumer broke');
        },
      ),
    ).rejects.toThrow('consumer broke');
  });
});
