import { useEffect, useState } from 'react';
import { viewStore, type Store, type ViewState } from './store.ts';

/**
 * A slice of the view state once it has stopped changing for `ms`. Subscribes directly rather than through useView,
 * so a component following the timeline's window does not re-render on every animation frame while it moves.
 */
export function useSettledView<T>(select: (state: ViewState) => T, ms: number, store: Store = viewStore): T {
  const [settled, setSettled] = useState(() => select(store.get()));
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = store.subscribe(() => {
      clearTimeout(timer);
      timer = setTimeout(() => setSettled(select(store.get())), ms);
    });
    return () => {
      clearTimeout(timer);
      unsubscribe();
    };
    // `select` is expected to be a stable function of the state.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [store, ms]);
  return settled;
}
