import { toSimplifiedPieces } from './toSimplified.ts';

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
const isSpace = (ch: string): boolean => {
  const code = ch.charCodeAt(0);
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
export const normalizeTextWithOffsets = (raw: string): NormalizedText => {
  // The extractor normalises a caption, then hands the result to the date parser, which normalises again: the
  // output of the last call is a fixed point (normalisation is idempotent), so it maps onto itself one to one.
  if (raw === lastOutput) return identity(raw);
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
  lastOutput = text;
  return { text, sourceStart, sourceEnd };
};

let lastOutput: string | null = null;

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
export const normalizeText = (raw: string): string => normalizeTextWithOffsets(raw).text;

/** The raw text that produced normalised text [index, index + length). */
export const originalSlice = (raw: string, normalized: NormalizedText, index: number, length: number): string => {
  if (length <= 0 || index < 0 || index + length > normalized.text.length) return '';
  return raw.slice(normalized.sourceStart[index], normalized.sourceEnd[index + length - 1]);
};
