import { isTraditionalOnlyCode, toSimplifiedPieces } from './toSimplified.ts';

/**
 * Normalised caption text plus, for each UTF-16 code unit of it, the [start, end) span of the raw text it came from,
 * so a match found in the normalised text can be cut out of (or quoted verbatim from) the original.
 */
export interface NormalizedText {
  text: string;
  /** sourceStart[i] / sourceEnd[i]: the raw span that produced text[i]. */
  sourceStart: number[];
  sourceEnd: number[];
}

/** Chinese clause punctuation stays (or becomes) full width: the place and what extractors split on these. */
const CHINESE_PUNCTUATION: Record<string, string> = {
  ',': '，',
  ';': '；',
  ':': '：',
  '!': '！',
  '?': '？',
  '(': '（',
  ')': '）',
};
const KEEP_WIDE = new Set(Object.values(CHINESE_PUNCTUATION));
/** Halfwidth CJK forms some outlets emit. */
const HALFWIDTH_CJK: Record<string, string> = { '｡': '。', '､': '、', '｢': '「', '｣': '」' };
/** Zero-width characters that only get in the way of matching. */
const INVISIBLE = new Set(['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad']);

const isDigit = (ch: string | undefined): boolean => ch !== undefined && ch >= '0' && ch <= '9';
/** Whitespace as \s knows it, by code (this runs once per character). */
const isSpaceCode = (code: number): boolean => {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return (
    code === 0x85 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000
  );
};
const isSpace = (ch: string): boolean => isSpaceCode(ch.charCodeAt(0));
/** Anything outside ASCII: Han, Chinese punctuation, curly quotes. Spaces beside these are never meaningful. */
const isWide = (ch: string | undefined): boolean => ch !== undefined && (ch.codePointAt(0) ?? 0) > 0x7f;

/** Fold one character: full-width ASCII to ASCII, ASCII clause punctuation to Chinese, compatibility ideographs. */
const foldChar = (ch: string): string => {
  if (INVISIBLE.has(ch)) return '';
  const code = ch.codePointAt(0) ?? 0;
  if (code === 0x3000 || code === 0xa0) return ' ';
  if (KEEP_WIDE.has(ch)) return ch;
  if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0);
  if (HALFWIDTH_CJK[ch]) return HALFWIDTH_CJK[ch];
  // CJK compatibility ideographs (豈 U+F900 …) fold to their unified twins; one code point in, one out.
  if ((code >= 0xf900 && code <= 0xfaff) || (code >= 0x2f800 && code <= 0x2fa1f)) return ch.normalize('NFKC');
  return ch;
};

/**
 * Normalise a caption for matching, keeping a map back to the raw text:
 * 1. Traditional → Simplified (only when the text has Traditional-only characters; see toSimplified.ts);
 * 2. full-width digits, letters and symbols → ASCII (２０２２ → 2022, ．→ .), ideographic space → space;
 *    clause punctuation goes the other way so there is one form: , ; : ! ? ( ) → ，；：！？（） — except a comma,
 *    colon or full stop between two digits (1,000 / 10:30 / 2019.8.21), which stay ASCII; 。、“”《》— stay as they are;
 * 3. whitespace runs next to any non-ASCII character are removed (ZAKER's `2022 年 1 月 26 日`, `“ 绿水青山 ”`),
 *    other runs become one space (`Xi Jinping`), and the ends are trimmed;
 * 4. a leading `↑` (photo-caption marker) is dropped.
 * The output is usually shorter than the input; use sourceStart/sourceEnd (or originalSlice) to map back.
 * Characters are kept in parallel arrays, not one object each: this runs once or twice per caption.
 */
const normalizeGeneral = (raw: string): NormalizedText => {
  const chars: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  for (const piece of toSimplifiedPieces(raw)) {
    for (const ch of piece.text) {
      for (const out of foldChar(ch)) {
        chars.push(out);
        starts.push(piece.start);
        ends.push(piece.end);
      }
    }
  }

  // ASCII clause punctuation → Chinese, except between digits where it belongs to a number or a date.
  for (let i = 0; i < chars.length; i++) {
    const wide = CHINESE_PUNCTUATION[chars[i]];
    if (!wide) continue;
    const betweenDigits = isDigit(chars[i - 1]) && isDigit(chars[i + 1]);
    if (betweenDigits && (chars[i] === ',' || chars[i] === ':')) continue;
    chars[i] = wide;
  }

  // Whitespace: drop runs beside non-ASCII text or at the ends, squeeze the rest to one space.
  let text = '';
  const sourceStart: number[] = [];
  const sourceEnd: number[] = [];
  let last: string | undefined;
  const keep = (ch: string, start: number, end: number) => {
    // The photo-caption arrow at the very start (spaces after it were already dropped beside it).
    if (text === '' && ch === '↑') return;
    text += ch;
    for (let k = 0; k < ch.length; k++) {
      sourceStart.push(start);
      sourceEnd.push(end);
    }
    last = ch;
  };
  for (let i = 0; i < chars.length;) {
    if (!isSpace(chars[i])) {
      keep(chars[i], starts[i], ends[i]);
      i++;
      continue;
    }
    let j = i;
    while (j < chars.length && isSpace(chars[j])) j++;
    const after = chars[j];
    if (last !== undefined && text !== '' && after !== undefined && !isWide(last) && !isWide(after)) {
      keep(' ', starts[i], ends[j - 1]);
    }
    i = j;
  }
  return { text, sourceStart, sourceEnd };
};

const KEEP_WIDE_CODES = new Set([...KEEP_WIDE].map((ch) => ch.charCodeAt(0)));
const HALFWIDTH_CJK_CODES = new Map(
  Object.entries(HALFWIDTH_CJK).map(([from, to]) => [from.charCodeAt(0), to.charCodeAt(0)]),
);
const WIDE_PUNCTUATION_CODES = new Map(
  Object.entries(CHINESE_PUNCTUATION).map(([from, to]) => [from.charCodeAt(0), to.charCodeAt(0)]),
);
/** Fold one BMP code unit as foldChar does; -1 drops it. Compatibility ideographs never reach this (see below). */
const foldCode = (code: number): number => {
  if (code < 0x80) return code;
  if (code === 0x200b || code === 0x200c || code === 0x200d || code === 0x2060 || code === 0xfeff || code === 0xad) {
    return -1;
  }
  if (code === 0x3000 || code === 0xa0) return 0x20;
  if (code >= 0xff01 && code <= 0xff5e) return KEEP_WIDE_CODES.has(code) ? code : code - 0xfee0;
  return code >= 0xff61 && code <= 0xff64 ? (HALFWIDTH_CJK_CODES.get(code) ?? code) : code;
};
/** WIDE_PUNCTUATION_CODES as a table over ASCII (0: no wide form), read for every ASCII character of a caption. */
const WIDE_BY_ASCII = new Uint16Array(0x80);
for (const [from, to] of WIDE_PUNCTUATION_CODES) WIDE_BY_ASCII[from] = to;
const isDigitCode = (code: number): boolean => code >= 0x30 && code <= 0x39;
const ARROW = 0x2191;

/** Scratch buffers reused across calls (grown when a text is longer): one caption at a time, no garbage per char. */
let folded = new Uint16Array(512);
let foldedFrom = new Int32Array(512);

/**
 * The same rules as normalizeGeneral, one pass per step over char codes, for the common text: no Traditional-only
 * character, nothing outside the BMP, no compatibility ideograph (one code unit in, at most one out). Returns null
 * for any other text, which takes the general path. Offsets are built only when asked for.
 */
const normalizeSimple = (raw: string, withOffsets: boolean): NormalizedText | null => {
  if (folded.length < raw.length) {
    folded = new Uint16Array(raw.length * 2);
    foldedFrom = new Int32Array(raw.length * 2);
  }
  // 1. Fold character by character (Traditional text, astral characters and ideograph variants bail out).
  let count = 0;
  let punctuation = false; // whether step 2 has anything to do
  for (let i = 0; i < raw.length; i++) {
    const code = raw.charCodeAt(i);
    if (code >= 0x3400 && ((code >= 0xd800 && code <= 0xdfff) || (code >= 0xf900 && code <= 0xfaff))) return null;
    if (isTraditionalOnlyCode(code)) return null;
    const out = foldCode(code);
    if (out < 0) continue;
    if (out < 0x80 && WIDE_BY_ASCII[out] !== 0) punctuation = true;
    folded[count] = out;
    foldedFrom[count] = i;
    count++;
  }
  // 2. ASCII clause punctuation → Chinese, except , and : between digits.
  for (let k = 0; punctuation && k < count; k++) {
    const wide = folded[k] < 0x80 ? WIDE_BY_ASCII[folded[k]] : 0;
    if (wide === 0) continue;
    const code = folded[k];
    const betweenDigits = k > 0 && isDigitCode(folded[k - 1]) && k + 1 < count && isDigitCode(folded[k + 1]);
    if (betweenDigits && (code === 0x2c || code === 0x3a)) continue;
    folded[k] = wide;
  }
  // 3. Whitespace and the leading arrow, compacting in place (the write index never passes the read index).
  const sourceStart: number[] = [];
  const sourceEnd: number[] = [];
  let length = 0;
  let last = -1;
  for (let k = 0; k < count;) {
    const code = folded[k];
    if (!isSpaceCode(code)) {
      if (!(length === 0 && code === ARROW)) {
        folded[length++] = code;
        last = code;
        if (withOffsets) {
          sourceStart.push(foldedFrom[k]);
          sourceEnd.push(foldedFrom[k] + 1);
        }
      }
      k++;
      continue;
    }
    let j = k;
    while (j < count && isSpaceCode(folded[j])) j++;
    if (length > 0 && j < count && last <= 0x7f && folded[j] <= 0x7f) {
      if (withOffsets) {
        sourceStart.push(foldedFrom[k]);
        sourceEnd.push(foldedFrom[j - 1] + 1);
      }
      folded[length++] = 0x20;
      last = 0x20;
    }
    k = j;
  }
  return { text: codesToString(folded, length), sourceStart, sourceEnd };
};

/**
 * The fast path's codes are whole BMP characters (no surrogates): decoding the array's bytes as UTF-16 is about
 * three times faster than String.fromCharCode.apply. The bytes are in the machine's order, so only little-endian.
 */
const UTF16LE = new TextDecoder('utf-16le', { ignoreBOM: true });
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const codesToString = (codes: Uint16Array, length: number): string => {
  if (LITTLE_ENDIAN) return UTF16LE.decode(codes.subarray(0, length));
  let text = '';
  for (let at = 0; at < length; at += 4096) {
    text += String.fromCharCode(...codes.subarray(at, Math.min(length, at + 4096)));
  }
  return text;
};

/**
 * Normalised text with offsets (see normalizeGeneral for the rules). Most captions take the char-code fast path.
 */
export const normalizeTextWithOffsets = (raw: string): NormalizedText => {
  // The extractor normalises a caption, then hands the result to the date parser, which normalises again: the
  // output of the last call is a fixed point (normalisation is idempotent), so it maps onto itself one to one.
  if (raw === lastOutput) return identity(raw);
  const normalized = normalizeSimple(raw, true) ?? normalizeGeneral(raw);
  lastOutput = normalized.text;
  return normalized;
};

let lastOutput: string | null = null;

/**
 * True when `text` is what the last call returned: normalising it again changes nothing and maps each code unit onto
 * itself, so a caller may use it (and slice it) as is, without building offsets.
 */
export const isLastNormalized = (text: string): boolean => text === lastOutput;

/** A normalised text's own offsets: each code unit stands for itself. */
const identity = (text: string): NormalizedText => {
  const sourceStart = new Array<number>(text.length);
  const sourceEnd = new Array<number>(text.length);
  for (let i = 0; i < text.length; i++) {
    sourceStart[i] = i;
    sourceEnd[i] = i + 1;
  }
  return { text, sourceStart, sourceEnd };
};

/** The normalised caption text (see normalizeTextWithOffsets for the rules). */
export const normalizeText = (raw: string): string => {
  if (raw === lastOutput) return raw;
  const text = normalizeSimple(raw, false)?.text ?? normalizeGeneral(raw).text;
  lastOutput = text;
  return text;
};

/** The raw text that produced normalised text [index, index + length). */
export const originalSlice = (raw: string, normalized: NormalizedText, index: number, length: number): string => {
  if (length <= 0 || index < 0 || index + length > normalized.text.length) return '';
  return raw.slice(normalized.sourceStart[index], normalized.sourceEnd[index + length - 1]);
};
