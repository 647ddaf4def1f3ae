import { describe, expect, it } from 'vitest';
import { codesMatching, codesOf } from '../../../../scripts/extract/text/codeTable.ts';

describe('code tables', () => {
  it('hold exactly the characters given', () => {
    const table = codesOf('村镇0');
    const marked = [...table.keys()].filter((code) => table[code] === 1);
    expect(marked.map((code) => String.fromCharCode(code))).toEqual(['0', '村', '镇']);
  });

  it('hold exactly the code units a one-character pattern accepts', () => {
    const table = codesMatching(/^[\s，a-c]$/u);
    for (const ch of [' ', '\n', '\u3000', '，', 'a', 'b', 'c']) expect(table[ch.charCodeAt(0)]).toBe(1);
    for (const ch of ['d', ',', '村', '\ud83d']) expect(table[ch.charCodeAt(0)]).toBe(0);
  });
});
