/** A value pushed often, handed on at most once every `ms`: at once after a quiet spell, else the latest when due. */
export interface LatestEvery<T> {
  push(value: T): void;
  /** Drops a value still waiting (the work it reported on is over). */
  cancel(): void;
}

/**
 * Rate-limits `publish` to once every `ms`, never losing the last value: one pushed within `ms` of the previous
 * publish waits on a timer, and later pushes before it fires replace it.
 */
export function latestEvery<T>(ms: number, publish: (value: T) => void, now = () => performance.now()): LatestEvery<T> {
  let lastAt = -Infinity;
  let waiting: { value: T } | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    timer = undefined;
    if (!waiting) return;
    const { value } = waiting;
    waiting = null;
    lastAt = now();
    publish(value);
  };
  return {
    push(value) {
      waiting = { value };
      if (timer !== undefined) return;
      const wait = lastAt + ms - now();
      if (wait <= 0) flush();
      else timer = setTimeout(flush, wait);
    },
    cancel() {
      clearTimeout(timer);
      timer = undefined;
      waiting = null;
    },
  };
}
