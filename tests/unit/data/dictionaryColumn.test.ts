import { expect, test } from 'vitest';
import { dictionaryColumn } from '../../../src/data/dictionaryColumn.ts';

test('a dictionary column keeps one value per key and gives it back per row', () => {
  const builder = dictionaryColumn<string[]>(4);
  let made = 0;
  const make = (value: string[]) => () => {
    made++;
    return value;
  };
  builder.set(0, 'a', make(['a']));
  builder.set(1, 'b', make(['b']));
  builder.set(2, 'a', make(['a', 'again']));
  builder.set(3, 'a', make(['a', 'again']));
  const column = builder.freeze();
  expect(made).toBe(2);
  expect(column.get(0)).toBe(column.get(2));
  expect(column.get(3)).toEqual(['a']);
  expect(column.get(1)).toEqual(['b']);
  expect(() => builder.set(0, 'c', make(['c']))).toThrow(/frozen/);
});

test('a dictionary column grows when more rows come than announced, keeping the rows it had', () => {
  const builder = dictionaryColumn<string>(1);
  builder.set(0, 'a', () => 'a');
  builder.grow(3);
  builder.grow(2); // never shrinks
  builder.set(2, 'b', () => 'b');
  const column = builder.freeze();
  expect([column.get(0), column.get(2)]).toEqual(['a', 'b']);
});
