import type { Candidate, DateRole, PartialPoint } from '../date/findDateCandidates.ts';
import { MONTH_PATTERN, WEEKDAY_PATTERN, monthOf, weekdayOf } from './calendarWords.ts';

/**
 * Every date an English caption writes, as the Chinese date parser's candidates (so resolveCandidate fills in years
 * with the same roll-back rules): `Oct. 1, 2022`, `Sept. 25-28, 2022`, `Jan. 30 to Feb. 2, 2023`,
 * `Dec. 31, 2023 to Jan. 1, 2024`, `12 January 2024`, `June 2021`, `early May 2024`, `in March`, `in 2019`,
 * `on Monday`, `2024-05-03`. Dates after since / as of / by / until / built in … are left out: they are not when the
 * photo was taken.
 */

const M = MONTH_PATTERN;
const D = '(\\d{1,2})(?:st|nd|rd|th)?';
const Y = '(\\d{4})';
const LINK = '\\s*(?:-|–|—|to|through|till|until|and)\\s*';

interface Form {
  rule: string;
  pattern: RegExp;
  read: (m: RegExpExecArray) => { start: PartialPoint; end: PartialPoint | null } | null;
}

const num = (text: string | undefined): number | null => (text === undefined ? null : Number(text));
const point = (year: string | undefined, month: string | undefined, day: string | undefined): PartialPoint => ({
  year: num(year),
  month: month === undefined ? null : monthOf(month),
  day: num(day),
});

/** In the order tried; a later form's match that overlaps an earlier one's is dropped. */
const FORMS: Form[] = [
  {
    rule: 'english-full-range',
    pattern: new RegExp(`\\b(${M})\\s+${D},?\\s+${Y}${LINK}(${M})\\s+${D},?\\s+${Y}\\b`, 'g'),
    read: (m) => ({ start: point(m[3], m[1], m[2]), end: point(m[6], m[4], m[5]) }),
  },
  {
    rule: 'english-month-day',
    pattern: new RegExp(`\\b(${M})\\s+${D}(?:${LINK}(?:(${M})\\s+)?${D})?(?:,?\\s+${Y})?(?![\\d,]*\\d)`, 'g'),
    read: (m) => {
      const start = point(m[5], m[1], m[2]);
      if (m[4] === undefined) return { start, end: null };
      // The year written after the range belongs to both ends; an end without a month has the start's.
      return { start, end: { year: start.year, month: m[3] === undefined ? null : monthOf(m[3]), day: num(m[4]) } };
    },
  },
  {
    rule: 'english-day-month',
    pattern: new RegExp(`\\b${D}(?:\\s*(?:-|–|to)\\s*${D})?\\s+(${M})(?:,?\\s+${Y})?\\b`, 'g'),
    read: (m) => {
      const start = point(m[4], m[3], m[1]);
      return { start, end: m[2] === undefined ? null : { year: start.year, month: start.month, day: num(m[2]) } };
    },
  },
  {
    rule: 'english-iso',
    pattern: /\b(\d{4})-(\d{2})-(\d{2})\b/g,
    read: (m) => ({ start: { year: num(m[1]), month: num(m[2]), day: num(m[3]) }, end: null }),
  },
  {
    rule: 'english-month-year',
    pattern: new RegExp(`\\b(?:(?:early|mid|late)[- ])?(${M})(?:,)?\\s+${Y}\\b`, 'g'),
    read: (m) => ({ start: point(m[2], m[1], undefined), end: null }),
  },
  {
    rule: 'english-month',
    pattern: new RegExp(
      `\\b(?:in|during|early|late|mid|mid-|this|last)[- ](?:(?:early|mid|late)[- ])?(${M})\\b(?!\\s*\\d)`,
      'gi',
    ),
    read: (m) => (/^[A-Z]/.test(m[1]) ? { start: point(undefined, m[1], undefined), end: null } : null),
  },
  {
    rule: 'english-year',
    pattern: /\b(?:in|during)\s+(?:(?:early|mid|late)[- ])?(\d{4})\b(?!s|'s|-|\d)/g,
    read: (m) => ({ start: { year: num(m[1]), month: null, day: null }, end: null }),
  },
];

const WEEKDAY = new RegExp(`\\b(${WEEKDAY_PATTERN})\\b`, 'g');
/** A weekday written right before a calendar date (`Tuesday, Jan. 7, 2025`) is part of that date. */
const BEFORE_CALENDAR = /^,?\s*(?:\(?\s*)?(?:[A-Z][a-z]+\.?\s+\d|\d)/;

/** Words before a date that make it no date of the photo: a cut-off, a founding, a start. */
const NOT_THE_PHOTO =
  /\b(?:since|as of|by|until|till|before|built|founded|established|born|opened|completed|dating back to|set up|started|began|begun|expected|scheduled|slated|due)\s+(?:(?:in|on|the|end of|early|late|mid)\s+)*$/i;
/** Shot notes: the photo's own date. */
const SHOT = /\b(?:(?:photo|picture|image)s?\s+(?:was\s+)?taken|shot|photographed|filmed)\s+(?:on|in)?\s*$/i;

export const findEnglishDates = (text: string): Candidate[] => {
  const taken: Array<[number, number]> = [];
  const overlaps = (start: number, end: number): boolean => taken.some(([a, b]) => start < b && a < end);
  const found: Candidate[] = [];
  const before = (index: number): string => text.slice(Math.max(0, index - 40), index);
  const roleAt = (index: number): DateRole => (SHOT.test(before(index)) ? 'shot' : 'inline');

  for (const form of FORMS) {
    form.pattern.lastIndex = 0;
    for (let m = form.pattern.exec(text); m; m = form.pattern.exec(text)) {
      // The date itself starts at the month or the number, after any cue word the pattern needed.
      const offset = form.rule === 'english-month' || form.rule === 'english-year' ? m[0].search(/[A-Z0-9]/) : 0;
      const index = m.index + Math.max(0, offset);
      const end = m.index + m[0].length;
      if (overlaps(m.index, end)) continue;
      const read = form.read(m);
      taken.push([m.index, end]);
      if (!read || NOT_THE_PHOTO.test(before(m.index))) continue;
      found.push({
        kind: 'calendar',
        index,
        length: end - index,
        start: read.start,
        end: read.end,
        relativeYear: null,
        monthAnchor: null,
        role: roleAt(m.index),
        rules: [form.rule],
      });
    }
  }
  WEEKDAY.lastIndex = 0;
  for (let m = WEEKDAY.exec(text); m; m = WEEKDAY.exec(text)) {
    const end = m.index + m[0].length;
    if (overlaps(m.index, end) || BEFORE_CALENDAR.test(text.slice(end, end + 12))) continue;
    if (NOT_THE_PHOTO.test(before(m.index))) continue;
    found.push({
      kind: 'weekday',
      index: m.index,
      length: m[0].length,
      weekday: weekdayOf(m[1]) ?? 0,
      week: null,
      endWeekday: null,
      role: roleAt(m.index),
      rules: ['english-weekday'],
    });
  }
  return found.sort((a, b) => a.index - b.index);
};
