import { describe, expect, test, vi } from 'vitest';
import { createStore, initialViewState } from '../../../src/state/store.ts';

describe('view store', () => {
  test('notifies subscribers of a change, once', () => {
    const store = createStore();
    const listener = vi.fn();
    store.subscribe(listener);
    store.set({ selectedId: 'a' });
    expect(store.get().selectedId).toBe('a');
    expect(listener).toHaveBeenCalledTimes(1);
  });

  test('stays silent when nothing changes', () => {
    const store = createStore();
    const listener = vi.fn();
    store.subscribe(listener);
    store.set({ selectedId: null, lang: initialViewState.lang });
    expect(listener).not.toHaveBeenCalled();
  });

  test('accepts an updater function and unsubscribes', () => {
    const store = createStore();
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);
    store.set((state) => ({ region: state.region ?? '430000' }));
    unsubscribe();
    store.set({ region: null });
    expect(listener).toHaveBeenCalledTimes(1);
    expect(store.get().region).toBeNull();
  });
});
