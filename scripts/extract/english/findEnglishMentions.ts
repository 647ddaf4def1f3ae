import type { EnglishPlaceEntry, EnglishPlaceIndex } from './createEnglishPlaceIndex.ts';
import {
  ETHNIC_WORDS,
  EVENT_WORDS,
  FILLER_WORDS,
  LOCATION_CUES,
  ORGANISATION_WORDS,
  ORIGIN_CUES,
  DEPARTURE_VERBS,
  SURNAMES,
  THING_WORDS,
  UNIT_WORDS,
  type UnitKind,
} from './englishWords.ts';

/** What a place name does in its caption. Only `place` and `event` mentions can say where the photo is. */
export type MentionRole = 'place' | 'event' | 'organisation' | 'person' | 'linked';

export interface EnglishMention {
  /** The name and its unit words (`Huozhou City`, `Honghe Hani and Yi Autonomous Prefecture`). */
  index: number;
  end: number;
  name: string;
  entries: readonly EnglishPlaceEntry[];
  unit: UnitKind | null;
  /** The word before it: a location word (`in`, `at`, `visit`), an origin word (`from`), the caption's start. */
  cue: 'location' | 'origin' | 'start' | null;
  role: MentionRole;
}

interface Token {
  /** Folded (lower case, no apostrophe), without a possessive `'s`. */
  word: string;
  capital: boolean;
  index: number;
  /** End of the word without its `'s`. */
  end: number;
  possessive: boolean;
}

const WORD = /[A-Za-z]+(?:'[A-Za-z]+)*/g;

const tokenize = (text: string): Token[] => {
  const tokens: Token[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const possessive = m[0].length > 2 && m[0].endsWith("'s");
    const written = possessive ? m[0].slice(0, -2) : m[0];
    tokens.push({
      word: written.replace(/'/g, '').toLowerCase(),
      capital: /^[A-Z]/.test(written),
      index: m.index,
      end: m.index + written.length,
      possessive,
    });
  }
  return tokens;
};

const UNITS = UNIT_WORDS.map(([words, kind]) => ({ words: words.split(' '), kind }));
const ORGANISATION_AFTER = new RegExp(`^(?:\\s+[A-Z][A-Za-z'-]*){0,2}?\\s+(?:${ORGANISATION_WORDS})\\b`);
const THING_AFTER = new RegExp(`^\\s+(?:${THING_WORDS})\\b`, 'i');
const EVENT_AFTER = new RegExp(`^(?:[\\s-]+(?:\\d{4}|[A-Z][A-Za-z'-]*)){0,4}?[\\s-]+(?:${EVENT_WORDS})\\b`);

/** Chinese unit endings each English unit word allows (a `City` is a 市 of any level). */
const endsAsUnit = (name: string, level: string, unit: UnitKind): boolean => {
  switch (unit) {
    case 'province':
      return level === 'province';
    case 'prefecture':
      return level === 'prefecture' && (name.endsWith('州') || name.endsWith('地区'));
    case 'league':
      return name.endsWith('盟');
    case 'city':
      return name.endsWith('市');
    case 'county':
      return level === 'county' && name.endsWith('县');
    case 'district':
      return level === 'county' && name.endsWith('区');
    case 'banner':
      return name.endsWith('旗');
    case 'local':
      return false;
  }
};

/**
 * Every place name of an English caption (credits blanked), longest name first at each word, with its unit words,
 * the word that leads to it and what it does there: `Huozhou City` (a place after `in`), `Sichuan Province` after
 * `from` (an origin), `Xi Jinping` (a person), `Shanghai Cooperation Organization` (an organisation), `Hangzhou Asian
 * Games` (an event), `Hong Kong-Zhuhai-Macao Bridge` (linked names: no one place).
 */
export const findEnglishMentions = (text: string, index: EnglishPlaceIndex): EnglishMention[] => {
  const tokens = tokenize(text);
  const mentions: EnglishMention[] = [];
  // Inside a name a possessive is part of it (`Humble Administrator's Garden`); a hyphen joins (`Shangri-La`).
  const joinedBySpace = (a: Token, b: Token): boolean => {
    const gap = text.slice(a.end, b.index);
    return a.possessive ? gap === "'s " : gap === ' ' || gap === '-';
  };
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens[i].capital) continue;
    let found: { words: number; entries: readonly EnglishPlaceEntry[] } | null = null;
    for (let n = Math.min(index.longest, tokens.length - i); n >= 1 && !found; n--) {
      let key = tokens[i].word;
      let joined = true;
      for (let k = 1; k < n && joined; k++) {
        joined = joinedBySpace(tokens[i + k - 1], tokens[i + k]);
        key += `${tokens[i + k - 1].possessive ? 's' : ''} ${tokens[i + k].word}`;
      }
      const entries = joined ? index.names.get(key) : undefined;
      if (entries) found = { words: n, entries };
    }
    if (!found) continue;
    const last = tokens[i + found.words - 1];
    const unit = last.possessive ? null : unitAfter(tokens, i + found.words, text);
    let entries = found.entries;
    let end = last.end;
    if (unit) {
      end = tokens[unit.next - 1].end;
      entries = entries.filter((entry) => {
        if (entry.kind !== 'division') return unit.kind !== 'local' && entry.kind === 'site';
        const division = index.gazetteer.byCode(entry.code);
        return division !== undefined && endsAsUnit(division.name, division.level, unit.kind);
      });
      if (unit.kind === 'local' || entries.length === 0) {
        i = unit.next - 1;
        continue;
      }
    }
    mentions.push({
      index: tokens[i].index,
      end,
      name: text.slice(tokens[i].index, end),
      entries,
      unit: unit?.kind ?? null,
      cue: cueBefore(tokens, i, text),
      role: roleOf(tokens, i, end, unit !== null, text),
    });
    i = (unit ? unit.next : i + found.words) - 1;
  }
  return mentions;
};

/** The unit words after a name (ethnic names may stand between it and `Autonomous …`), and the token after them. */
const unitAfter = (tokens: Token[], from: number, text: string): { kind: UnitKind; next: number } | null => {
  let at = from;
  // Ethnic names and `and` (and the commas between them) only count when `Autonomous` follows.
  while (
    at < tokens.length &&
    ETHNIC_WORDS.has(tokens[at].word) &&
    /^[\s,]+$/.test(text.slice(tokens[at - 1].end, tokens[at].index))
  )
    at++;
  if (at > from && tokens[at]?.word !== 'autonomous') at = from;
  for (const unit of UNITS) {
    const words = unit.words;
    if (at + words.length > tokens.length) continue;
    let matches = true;
    for (let k = 0; k < words.length && matches; k++) {
      const token = tokens[at + k];
      const gap = text.slice(tokens[at + k - 1].end, token.index);
      matches = token.word === words[k] && gap === ' ' && !tokens[at + k - 1].possessive;
    }
    if (matches) return { kind: unit.kind, next: at + words.length };
  }
  return null;
};

/** The word that leads to a name, over fillers (`in north China's`, `at the`), within its clause. */
const cueBefore = (tokens: Token[], i: number, text: string): EnglishMention['cue'] => {
  if (/^[\s"]*$/.test(text.slice(0, tokens[i].index))) return 'start';
  for (let k = i - 1; k >= 0 && k >= i - 6; k--) {
    if (!/^(?:'s)?\s+$/.test(text.slice(tokens[k].end, tokens[k + 1].index))) return null;
    const word = tokens[k].word;
    if (LOCATION_CUES.has(word)) return 'location';
    if (ORIGIN_CUES.has(word)) return k > 0 && DEPARTURE_VERBS.has(tokens[k - 1].word) ? 'location' : 'origin';
    if (!FILLER_WORDS.has(word)) return null;
  }
  return null;
};

const roleOf = (tokens: Token[], i: number, end: number, hasUnit: boolean, text: string): MentionRole => {
  const start = tokens[i].index;
  if (text[start - 1] === '-' || text[end] === '-') return 'linked';
  const previous = tokens[i - 1];
  if (
    !hasUnit &&
    previous?.capital &&
    SURNAMES.has(previous.word) &&
    text.slice(previous.end, start) === ' ' &&
    !previous.possessive
  ) {
    return 'person';
  }
  const after = text.slice(end, end + 60);
  if (EVENT_AFTER.test(after)) return 'event';
  if (ORGANISATION_AFTER.test(after) || THING_AFTER.test(after)) return 'organisation';
  return 'place';
};
