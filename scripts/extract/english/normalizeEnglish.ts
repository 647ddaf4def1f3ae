/**
 * English caption text made easy to match, keeping its ASCII punctuation (the Chinese normaliser turns `,` and `(`
 * into full width, which suits Chinese text only): full-width ASCII folded, curly quotes and apostrophes straight,
 * dashes between digits as `-`, every whitespace run one space, the leading `↑` dropped, ends trimmed. Idempotent.
 */
const FULL_WIDTH = /[\uff01-\uff5e]/g;
const SINGLE_QUOTES = /[\u2018\u2019\u02bc\u2032]/g;
const DOUBLE_QUOTES = /[\u201c\u201d]/g;
const SPACES = /[\s\u00a0\u3000\u200b]+/g;
const DIGIT_DASH = /(\d)\s*[\u2010-\u2015\u2212~～]\s*(?=\d)/g;
const LEADING_ARROW = /^\s*↑\s*/;

export const normalizeEnglish = (raw: string): string =>
  raw
    .replace(FULL_WIDTH, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(SINGLE_QUOTES, "'")
    .replace(DOUBLE_QUOTES, '"')
    .replace(SPACES, ' ')
    .replace(DIGIT_DASH, '$1-')
    .replace(LEADING_ARROW, '')
    .trim();
