import { useEffect, useState } from 'react';

/** The value once it has stopped changing for `ms`: the list follows the timeline without re-rendering every frame. */
export function useSettled<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}
