import { describe, expect, it } from 'vitest';
import { isPackedStrings, packedColumn, packStrings } from '../../../../scripts/extract/place/packedStrings.ts';

describe('packStrings', () => {
  it('keeps every string, empty ones too, readable by position', () => {
    const strings = ['141082001', '', '师庄乡', 'x'];
    const packed = packStrings(strings);
    expect(isPackedStrings(packed)).toBe(true);
    const column = packedColumn(packed);
    expect(column.length).toBe(4);
    expect(Array.from({ length: 4 }, (_, i) => column.at(i))).toEqual(strings);
    expect(column.at(4)).toBeUndefined();
    expect(column.at(-1)).toBeUndefined();
    expect(isPackedStrings(packStrings([]))).toBe(true);
  });

  it('turns down ends that do not fit the text', () => {
    const packed = packStrings(['ab', 'cd']);
    expect(isPackedStrings({ ...packed, text: 'abc' })).toBe(false);
    expect(isPackedStrings({ text: 'abcd', ends: [2, 4] })).toBe(false);
    expect(isPackedStrings(null)).toBe(false);
  });
});
