/** The next row (step +1) or previous row (-1) from `row` that passes `include`, or -1 at either end. */
export function neighbourRow(size: number, row: number, step: 1 | -1, include: (row: number) => boolean): number {
  for (let next = row + step; next >= 0 && next < size; next += step) {
    if (include(next)) return next;
  }
  return -1;
}
