import { useSyncExternalStore } from 'react';

/**
 * The one shared view state. The timeline, the map, the list, the detail panel and the URL all read it and
 * dispatch changes to it; they never talk to each other directly.
 */
export interface ViewState {
  /** Visible time window [start, end] in epoch ms; null until the timeline has fitted the data. */
  window: [number, number] | null;
  /** The selected event's id. */
  selectedId: string | null;
  /** The event under the pointer (timeline or list). */
  hoveredId: string | null;
  /** The region under the pointer on the map (6-digit code), lighting up its events on the timeline. */
  hoveredRegion: string | null;
  /** Region filter: a province or prefecture code, or "elsewhere" (foreign, no place). Null: no filter. */
  region: string | null;
  /** The province the map is drilled into (showing its prefectures), or null for the whole country. */
  drill: string | null;
  /** Which kinds of event are shown. */
  kinds: { caption: boolean; text: boolean };
  lang: 'zh' | 'en';
}

export const initialViewState: ViewState = {
  window: null,
  selectedId: null,
  hoveredId: null,
  hoveredRegion: null,
  region: null,
  drill: null,
  kinds: { caption: true, text: true },
  lang: 'zh',
};

type Listener = () => void;
type Update = Partial<ViewState> | ((state: ViewState) => Partial<ViewState>);

export interface Store {
  get(): ViewState;
  set(update: Update): void;
  subscribe(listener: Listener): () => void;
}

export function createStore(initial: ViewState = initialViewState): Store {
  let state = initial;
  const listeners = new Set<Listener>();
  return {
    get: () => state,
    set(update) {
      const patch = typeof update === 'function' ? update(state) : update;
      let changed = false;
      for (const key of Object.keys(patch) as (keyof ViewState)[]) {
        if (!Object.is(patch[key], state[key])) changed = true;
      }
      if (!changed) return;
      state = { ...state, ...patch };
      for (const listener of listeners) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** The app's store. Tests create their own with createStore(). */
export const viewStore = createStore();

/** Subscribe a component to one slice of the view state; it re-renders only when that slice changes. */
export function useView<T>(select: (state: ViewState) => T, store: Store = viewStore): T {
  return useSyncExternalStore(
    store.subscribe,
    () => select(store.get()),
    () => select(store.get()),
  );
}
