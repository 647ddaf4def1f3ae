import type { CalendarDay } from './calendarDay.ts';

const CHINA_OFFSET_MS = 8 * 3_600_000;

/**
 * The calendar day an article date stands for. A bare 'YYYY-MM-DD' is taken as written; a timestamp
 * ('2022-02-02T20:00:00Z') is read as an instant and turned into the China (UTC+8) calendar day it falls on.
 * Anything unreadable counts as no article date (the parser then refuses to guess years).
 */
export const articleDayOf = (articleDate: string | null): CalendarDay | null => {
  if (!articleDate) return null;
  // Every caption of a post asks for the same article date: remember the last answer (read-only for callers).
  if (articleDate === last.date) return last.day;
  const day = readArticleDay(articleDate);
  last = { date: articleDate, day };
  return day;
};

let last: { date: string | null; day: CalendarDay | null } = { date: null, day: null };

const readArticleDay = (articleDate: string): CalendarDay | null => {
  const plain = /^(\d{4})-(\d{2})-(\d{2})$/.exec(articleDate.trim());
  if (plain) return { year: Number(plain[1]), month: Number(plain[2]), day: Number(plain[3]) };
  const instant = Date.parse(articleDate);
  if (Number.isNaN(instant)) return null;
  const china = new Date(instant + CHINA_OFFSET_MS);
  return { year: china.getUTCFullYear(), month: china.getUTCMonth() + 1, day: china.getUTCDate() };
};
