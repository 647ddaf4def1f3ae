/**
 * Returns one shared instance per key, so that 100,000 rows repeating a few thousand distinct values (dates as
 * written, source posts, people) keep one copy each instead of one per row.
 */
export function createInterner<T>(): (key: string, make: () => T) => T {
  const seen = new Map<string, T>();
  return (key, make) => {
    let value = seen.get(key);
    if (value === undefined) {
      value = make();
      seen.set(key, value);
    }
    return value;
  };
}
