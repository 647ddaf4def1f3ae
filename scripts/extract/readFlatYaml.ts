/**
 * The front matter fields PostMeta is made of: the only values readFlatYaml keeps (the others are checked, not
 * kept, so that a block js-yaml would reject is never taken).
 */
const KEPT_KEYS = new Set(['title', 'date', 'categories', 'headimg', 'permalink', 'url']);

/** `key:` then a space and the value, or nothing (a list or null follows). Keys js-yaml reads as text only. */
const KEY_LINE = /^([A-Za-z][A-Za-z0-9_-]{0,63}):(?: +(.*))?$/;
/** Keys YAML would read as a boolean or null (and so could clash with another key): left to js-yaml. */
const NON_TEXT_KEY = /^(?:true|false|null)$/i;
const LIST_ITEM = /^( +)- +(.*)$/;
/** A plain scalar that cannot start so (indicators), or that holds `: ` or ` #` (mapping, comment). */
const PLAIN_UNSAFE = /^[-?:,[\]{}#&*!|>'"%@`]|: |:$| #/;
/** A plain scalar YAML may read as null, a boolean, a number or a timestamp (the keys kept must be text). */
const PLAIN_NOT_TEXT = /^(?:[-+.~0-9]|<<|(?:null|true|false)$)/i;
const TRAILING_SPACES = / +$/;
const SINGLE_QUOTED = /^'((?:[^']|'')*)' *$/;
const DOUBLE_QUOTED = /^"([^"\\]*)" *$/;

/**
 * No character js-yaml rejects as non-printable (control codes but LF, DEL and the C1 range, U+FFFE/U+FFFF, lone
 * surrogates), and none it reads specially here (CR, tab). Any surrogate at all and U+0085 are left to js-yaml too.
 */
const isPlainPrintable = (block: string): boolean => {
  for (let i = 0; i < block.length; i++) {
    const code = block.charCodeAt(i);
    if (
      code < 0x20
        ? code !== 0x0a
        : code >= 0x7f && (code <= 0x9f || (code >= 0xd800 && code <= 0xdfff) || code >= 0xfffe)
    ) {
      return false;
    }
  }
  return true;
};

type Scalar = { value: string | null } | null;

/** One scalar as js-yaml 3 (safeLoad) reads it, or null when that is not certain (the caller falls back). */
const readScalar = (raw: string, kept: boolean): Scalar => {
  if (raw.startsWith("'")) {
    const quoted = SINGLE_QUOTED.exec(raw);
    return quoted ? { value: quoted[1].replaceAll("''", "'") } : null;
  }
  if (raw.startsWith('"')) {
    const quoted = DOUBLE_QUOTED.exec(raw);
    return quoted ? { value: quoted[1] } : null;
  }
  const plain = raw.replace(TRAILING_SPACES, ''); // js-yaml trims spaces and tabs only, not U+3000
  if (plain === '') return { value: null };
  if (PLAIN_UNSAFE.test(plain)) return null;
  if (kept && PLAIN_NOT_TEXT.test(plain)) return null;
  return { value: plain };
};

/**
 * The usual front matter (`key: value` lines and `key:` with ` - item` lines below it) read without js-yaml, which
 * was a tenth of a post's extraction. It gives what js-yaml gives for the fields PostMeta reads, and returns null
 * for anything it is not sure of (comments, multi-line or escaped values, anchors, tags, flow collections, duplicate
 * keys, numbers, dates and booleans in those fields, CR or tabs): the caller then asks js-yaml.
 */
export const readFlatYaml = (block: string): Record<string, unknown> | null => {
  if (!isPlainPrintable(block)) return null;
  const data: Record<string, unknown> = {};
  const seen = new Set<string>();
  const lines = block.split('\n');
  // The block starts after the opening fence: its first line is the rest of the fence line (empty).
  let at = lines[0] === '' ? 1 : 0;
  if (at === 0) return null;
  while (at < lines.length) {
    const line = lines[at++];
    if (line === '' && at === lines.length) break; // the newline before the closing fence
    const entry = KEY_LINE.exec(line);
    if (!entry) return null;
    const [, key, raw = ''] = entry;
    if (NON_TEXT_KEY.test(key) || seen.has(key)) return null;
    seen.add(key);
    const kept = KEPT_KEYS.has(key);
    const scalar = readScalar(raw, kept);
    if (!scalar) return null;
    if (scalar.value !== null || at >= lines.length || !LIST_ITEM.test(lines[at])) {
      if (kept) data[key] = scalar.value;
      continue;
    }
    // A block list under the key: every item at the same indentation, each a one-line scalar.
    const indent = (LIST_ITEM.exec(lines[at]) as RegExpExecArray)[1];
    const items: (string | null)[] = [];
    for (let item = LIST_ITEM.exec(lines[at]); item; item = at < lines.length ? LIST_ITEM.exec(lines[at]) : null) {
      if (item[1] !== indent) return null;
      const value = readScalar(item[2], kept);
      if (!value || value.value === null) return null;
      items.push(value.value);
      at++;
    }
    if (kept) data[key] = items;
  }
  return data;
};
