/**
 * Loads items 0…count-1 with at most `window` of them in flight or waiting at once, and hands each to `consume` in index
 * order as soon as it and all before it are in. An item is forgotten once consumed, so at most `window` loaded items are
 * ever held (the point: a 400 MB archive's month chunks never all sit parsed in memory together).
 * Rejects with the first error of `load` or `consume`, and then starts nothing more.
 */
export function loadChunksInOrder<T>(
  count: number,
  load: (index: number) => Promise<T>,
  consume: (item: T, index: number) => void,
  window = 4,
): Promise<void> {
  const limit = Math.max(1, Math.floor(window));
  return new Promise<void>((resolve, reject) => {
    const arrived = new Map<number, T>();
    let started = 0;
    let used = 0;
    let failed = false;
    const stop = (error: unknown) => {
      failed = true;
      arrived.clear();
      reject(error);
    };
    const pump = () => {
      if (failed) return;
      try {
        while (arrived.has(used)) {
          const item = arrived.get(used) as T;
          arrived.delete(used);
          consume(item, used);
          used++;
        }
      } catch (error) {
        stop(error);
        return;
      }
      if (used === count) {
        resolve();
        return;
      }
      // The window counts items in flight and items waiting for an earlier one, so a slow chunk holds back the rest.
      while (started < count && started - used < limit) {
        const index = started++;
        // Wrapped so that a load that throws rather than rejecting is caught alike.
        new Promise<T>((settle) => settle(load(index))).then((item) => {
          if (failed) return;
          arrived.set(index, item);
          pump();
        }, stop);
      }
    };
    pump();
  });
}
