import type { CalendarDay } from './calendarDay.ts';

const CHINA_OFFSET_MS = 8 * 3_600_000;

const PLAIN_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
let lastInstant: { date: string | null; day: CalendarDay | null } = { date: null, day: null };

const dayOfInstant = (articleDate: string): CalendarDay | null => {
  const instant = Date.parse(articleDate);
  if (Number.isNaN(instant)) return null;
  const china = new Date(instant + CHINA_OFFSET_MS);
  return { year: china.getUTCFullYear(), month: china.getUTCMonth() + 1, day: china.getUTCDate() };
};

/**
 * The calendar day an article date stands for. A bare 'YYYY-MM-DD' is taken as written; a timestamp
 * ('2022-02-02T20:00:00Z') is read as an instant and turned into the China (UTC+8) calendar day it falls on.
 * Anything unreadable counts as no article date (the parser then refuses to guess years).
 */
export const articleDayOf = (articleDate: string | null): CalendarDay | null => {
  if (!articleDate) return null;
  const plain = PLAIN_DAY.exec(articleDate.trim());
  if (plain) return { year: Number(plain[1]), month: Number(plain[2]), day: Number(plain[3]) };
  // Every caption of a post reads the same timestamp: remember the last one (the answer is read-only for callers).
  if (articleDate !== lastInstant.date) lastInstant = { date: articleDate, day: dayOfInstant(articleDate) };
  return lastInstant.day;
};
