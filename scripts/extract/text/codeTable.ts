/**
 * Tables over UTF-16 code units (1: in the set): a lookup per character where a hot loop would otherwise run a
 * one-character pattern or a Set at every position.
 */

/** The code units of the given characters (the first unit of an astral one). */
export const codesOf = (chars: string): Uint8Array => {
  const table = new Uint8Array(0x10000);
  for (const ch of chars) table[ch.charCodeAt(0)] = 1;
  return table;
};

/**
 * The code units a one-character pattern accepts, asked of the pattern itself for every BMP code, so the table
 * cannot drift from it. The pattern's class must hold no astral character (a surrogate unit alone never matches).
 */
export const codesMatching = (pattern: RegExp): Uint8Array => {
  const table = new Uint8Array(0x10000);
  for (let code = 0; code < 0x10000; code++) if (pattern.test(String.fromCharCode(code))) table[code] = 1;
  return table;
};
