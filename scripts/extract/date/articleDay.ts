import { type CalendarDay, isValidDay } from './calendarDay.ts';
import { civilFromDays } from './civilFromDays.ts';
import { digitsAt, isDigitAt } from './digitsAt.ts';

const CHINA_OFFSET_MS = 8 * 3_600_000;

let lastInstant: { date: string | null; day: CalendarDay | null } = { date: null, day: null };

const DAY_MS = 86_400_000;

/**
 * The instant of 'YYYY-MM-DDTHH:MM:SS.mmmZ' (what readPost writes) from 1970 on, by arithmetic; null for any other
 * text or a field out of range, which Date.parse then reads (it would give the same instant for these).
 */
const isoInstantOf = (text: string): number | null => {
  if (text.length !== 24 || text.charCodeAt(23) !== 0x5a /* Z */) return null;
  for (let at = 0; at < 23; at++) {
    const code = text.charCodeAt(at);
    const want = ISO_SEPARATORS[at];
    if (want === 0 ? code < 0x30 || code > 0x39 : code !== want) return null;
  }
  const year = digitsAt(text, 0, 4);
  const month = digitsAt(text, 5, 2);
  const day = digitsAt(text, 8, 2);
  const hour = digitsAt(text, 11, 2);
  const minute = digitsAt(text, 14, 2);
  const second = digitsAt(text, 17, 2);
  if (year < 1970 || !isValidDay(year, month, day) || hour > 23 || minute > 59 || second > 59) return null;
  return Date.UTC(year, month - 1, day, hour, minute, second, digitsAt(text, 20, 3));
};
/** The separators of that shape by position (0: a digit). */
const ISO_SEPARATORS = Array.from('0000-00-00T00:00:00.000', (ch) => (ch === '0' ? 0 : ch.charCodeAt(0)));

const dayOfInstant = (articleDate: string): CalendarDay | null => {
  const iso = isoInstantOf(articleDate);
  if (iso !== null) return civilFromDays(Math.floor((iso + CHINA_OFFSET_MS) / DAY_MS));
  const instant = Date.parse(articleDate);
  if (Number.isNaN(instant)) return null;
  const china = new Date(instant + CHINA_OFFSET_MS);
  return { year: china.getUTCFullYear(), month: china.getUTCMonth() + 1, day: china.getUTCDate() };
};

/**
 * A bare 'YYYY-MM-DD' (ASCII digits), read by code: this runs for every caption (the article's date and the day of
 * the caption before), where a pattern gave a match array and three Number calls each time.
 */
const DIGIT_PLACES = [0, 1, 2, 3, 5, 6, 8, 9];
const plainDayOf = (text: string): CalendarDay | null => {
  if (text.length !== 10 || text.charCodeAt(4) !== 0x2d || text.charCodeAt(7) !== 0x2d) return null;
  for (const at of DIGIT_PLACES) if (!isDigitAt(text, at)) return null;
  return { year: digitsAt(text, 0, 4), month: digitsAt(text, 5, 2), day: digitsAt(text, 8, 2) };
};

/**
 * The calendar day an article date stands for. A bare 'YYYY-MM-DD' is taken as written; a timestamp
 * ('2022-02-02T20:00:00Z') is read as an instant and turned into the China (UTC+8) calendar day it falls on.
 * Anything unreadable counts as no article date (the parser then refuses to guess years).
 */
export const articleDayOf = (articleDate: string | null): CalendarDay | null => {
  if (!articleDate) return null;
  // Every caption of a post reads the same timestamp: remember the last one (the answer is read-only for callers).
  // Only a date that is not a bare day is remembered, so this answers as the test below would.
  if (articleDate === lastInstant.date) return lastInstant.day;
  const plain = plainDayOf(articleDate.trim());
  if (plain) return plain;
  lastInstant = { date: articleDate, day: dayOfInstant(articleDate) };
  return lastInstant.day;
};
