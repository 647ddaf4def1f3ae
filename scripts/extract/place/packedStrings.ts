/** A column of strings read by position: an array of strings is one, and so is a PackedStrings' view. */
export interface StringColumn {
  readonly length: number;
  at(index: number): string | undefined;
}

/**
 * Strings kept as one text and the end of each: v8.serialize copies it as two blocks, where an array of 40k
 * strings costs ~40 ms to deserialize. A string is cut out of the text only when it is read.
 */
export interface PackedStrings {
  text: string;
  ends: Int32Array;
}

export function packStrings(strings: readonly string[]): PackedStrings {
  const ends = new Int32Array(strings.length);
  let end = 0;
  strings.forEach((s, i) => (ends[i] = end += s.length));
  return { text: strings.join(''), ends };
}

export function packedColumn({ text, ends }: PackedStrings): StringColumn {
  return {
    length: ends.length,
    at: (index) =>
      index >= 0 && index < ends.length ? text.slice(index === 0 ? 0 : ends[index - 1], ends[index]) : undefined,
  };
}

/** Whether a value read from a file is a PackedStrings whose last end is its text's length (checked in O(1)). */
export function isPackedStrings(value: unknown): value is PackedStrings {
  if (typeof value !== 'object' || value === null) return false;
  const { text, ends } = value as Partial<PackedStrings>;
  if (typeof text !== 'string' || !(ends instanceof Int32Array)) return false;
  return (ends.length === 0 ? 0 : ends[ends.length - 1]) === text.length;
}
