import * as OpenCC from 'opencc-js/t2cn';

/** One converter for the whole process: building it parses OpenCC's dictionaries (tens of ms). */
let converter: ((text: string) => string) | null = null;

const traditionalToSimplified = (text: string): string => {
  converter ??= OpenCC.Converter({ from: 't', to: 'cn' });
  return converter(text);
};

/**
 * Characters OpenCC converts although they are also correct Simplified Chinese (乾县, 瞭望, 慰藉, 覆盖, 宫商角徵羽,
 * the surnames 於 and 著). Their presence alone does not make a text Traditional.
 */
const ALSO_SIMPLIFIED = new Set([...'乾瞭藉覆於徵著夥']);

/** Per-character answers, cached: asking OpenCC one character at a time is the slow part of normalising. */
const TRADITIONAL_ONLY = new Map<string, boolean>();
/** The same answers for BMP code units, by code (0 = not asked yet, 1 = no, 2 = yes): no string per character. */
const TRADITIONAL_BY_CODE = new Uint8Array(0x10000);

const askTraditional = (ch: string): boolean => {
  let traditional = TRADITIONAL_ONLY.get(ch);
  if (traditional === undefined) {
    traditional = !ALSO_SIMPLIFIED.has(ch) && traditionalToSimplified(ch) !== ch;
    TRADITIONAL_ONLY.set(ch, traditional);
  }
  return traditional;
};

/** looksTraditional for one BMP character given by its code (the normaliser's fast path scans codes). */
export const isTraditionalOnlyCode = (code: number): boolean => {
  if (code < 0x3400) return false;
  let state = TRADITIONAL_BY_CODE[code];
  if (state === 0) {
    state = askTraditional(String.fromCharCode(code)) ? 2 : 1;
    TRADITIONAL_BY_CODE[code] = state;
  }
  return state === 2;
};

/**
 * True when the text has at least one character that only Traditional script uses. OpenCC's t→cn table is not
 * safe on Simplified input (it turns 乾县 into 干县), so Simplified text is left alone.
 */
export const looksTraditional = (text: string): boolean => {
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code < 0x3400) continue;
    if (code < 0x10000 ? isTraditionalOnlyCode(code) : askTraditional(ch)) return true;
  }
  return false;
};

/** A piece of converted text and the [start, end) code-unit span of the input it came from. */
export interface ConvertedPiece {
  text: string;
  start: number;
  end: number;
}

/**
 * Traditional → Simplified (OpenCC 't' → 'cn', characters and the phrases OpenCC knows, no regional vocabulary),
 * returned as pieces so callers can map back to the input. Simplified text comes back unchanged.
 */
export const toSimplifiedPieces = (text: string): ConvertedPiece[] => {
  const perCodePoint = (source: string, convert: (s: string) => string): ConvertedPiece[] => {
    const pieces: ConvertedPiece[] = [];
    let index = 0;
    for (const ch of source) {
      pieces.push({ text: convert(ch), start: index, end: index + ch.length });
      index += ch.length;
    }
    return pieces;
  };
  if (!looksTraditional(text)) return perCodePoint(text, (ch) => ch);
  const whole = traditionalToSimplified(text);
  if (whole.length !== text.length) return perCodePoint(text, traditionalToSimplified);
  // Same length: OpenCC mapped code unit to code unit (phrases included), so positions line up one to one.
  const pieces = perCodePoint(text, (ch) => ch);
  for (const piece of pieces) piece.text = whole.slice(piece.start, piece.end);
  return pieces;
};

/** Traditional → Simplified for a whole string (see toSimplifiedPieces). */
export const toSimplified = (text: string): string => (looksTraditional(text) ? traditionalToSimplified(text) : text);
