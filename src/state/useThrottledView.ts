import { startTransition, useEffect, useState } from 'react';
import { viewStore, type Store, type ViewState } from './store.ts';

/**
 * A slice of the view state that follows changes at most once every `ms`, rendered as a transition. A view that
 * should follow the timeline live (the map's colours) stays live while the timeline pans, but never costs the
 * timeline its frames: React may interrupt the transition when the next frame is due.
 */
export function useThrottledView<T>(select: (state: ViewState) => T, ms: number, store: Store = viewStore): T {
  const [value, setValue] = useState(() => select(store.get()));
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const publish = () => {
      timer = undefined;
      const next = select(store.get());
      startTransition(() => setValue(() => next));
    };
    const unsubscribe = store.subscribe(() => {
      if (timer === undefined) timer = setTimeout(publish, ms);
    });
    return () => {
      clearTimeout(timer);
      unsubscribe();
    };
    // `select` is expected to be a stable function of the state.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [store, ms]);
  return value;
}
