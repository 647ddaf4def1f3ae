import {
  addDays,
  type CalendarDay,
  dayNumber,
  formatPartial,
  isValidDay,
  previousMonth,
  weekdayOf,
} from './calendarDay.ts';
import type { Candidate, PartialPoint } from './findDateCandidates.ts';
import type { Precision } from '../../../src/model/event.ts';

/**
 * How far after the article date a date without a year may fall and still be read in the article's year
 * (announced events: "1月26日" in a 20 January article). Later than this, it is last year's ("12月30日" in a
 * 5 January article).
 */
export const ROLL_BACK_AFTER_DAYS = 7;
/** A day-only date (20日) may be this many days after the article date before it means last month (time zones). */
const DAY_ONLY_GRACE_DAYS = 1;

export interface ResolvedDate {
  start: string;
  end: string | null;
  precision: Precision;
  rules: string[];
}

/** Why a candidate gave no date: it needs the article date and there is none, or it names no real day (2月30日). */
export type Unresolved = 'needs-article' | 'invalid';

interface FullPoint {
  year: number;
  month: number | null;
  day: number | null;
}

const precisionOf = (p: PartialPoint | FullPoint): Precision =>
  p.day !== null ? 'day' : p.month !== null ? 'month' : 'year';

/** First day of the period a point stands for, as a day number. */
const firstDay = (p: FullPoint): number => dayNumber({ year: p.year, month: p.month ?? 1, day: p.day ?? 1 });

const isValid = (p: FullPoint): boolean =>
  p.month === null || (p.month >= 1 && p.month <= 12 && (p.day === null || isValidDay(p.year, p.month, p.day)));

const format = (p: FullPoint): string => formatPartial(p.year, p.month, p.day);

/** Fill in the year (and, for 20日, the month) of the start of a calendar candidate. */
const resolveStart = (
  c: Extract<Candidate, { kind: 'calendar' }>,
  article: CalendarDay | null,
  rules: string[],
): FullPoint | Unresolved => {
  const p = c.start;
  if (p.year !== null) return { year: p.year, month: p.month, day: p.day };
  if (!article) return 'needs-article';
  if (c.relativeYear !== null) return { year: article.year + c.relativeYear, month: p.month, day: p.day };
  if (p.month !== null) {
    const sameYear: FullPoint = { year: article.year, month: p.month, day: p.day };
    rules.push('year-from-article');
    if (isValid(sameYear) && firstDay(sameYear) > dayNumber(article) + ROLL_BACK_AFTER_DAYS) {
      rules.push('roll-back');
      return { ...sameYear, year: article.year - 1 };
    }
    return sameYear;
  }
  // Day only: 20日 / 当地时间20日 / 本月5日 / 上月5日; or the anchored month alone (本月中旬, 上月底).
  if (c.monthAnchor === 'last-month') {
    const [year, month] = previousMonth(article.year, article.month);
    return { year, month, day: p.day };
  }
  if (p.day === null) return { year: article.year, month: article.month, day: null };
  const thisMonth: FullPoint = { year: article.year, month: article.month, day: p.day };
  if (c.monthAnchor === 'this-month') return thisMonth;
  rules.push('month-from-article');
  if ((p.day ?? 0) > article.day + DAY_ONLY_GRACE_DAYS) {
    rules.push('month-roll-back');
    const [year, month] = previousMonth(article.year, article.month);
    return { year, month, day: p.day };
  }
  return thisMonth;
};

/** The end of a range: missing fields come from the start; an end before the start moves on a month or a year. */
const resolveEnd = (end: PartialPoint, start: FullPoint): FullPoint | null => {
  const filled: FullPoint = { year: end.year ?? start.year, month: end.month ?? start.month, day: end.day };
  const after = (p: FullPoint): boolean => isValid(p) && firstDay(p) > firstDay(start);
  if (after(filled)) return filled;
  let next: FullPoint | null = null;
  if (end.month === null && filled.month !== null && (filled.day ?? 0) < (start.day ?? 0)) {
    // 30日至2日 crosses into the next month.
    next =
      filled.month === 12 ? { ...filled, year: filled.year + 1, month: 1 } : { ...filled, month: filled.month + 1 };
  } else if (end.year === null && end.month !== null) {
    // 12月30日至1月2日 crosses into the next year.
    next = { ...filled, year: filled.year + 1 };
  }
  return next && after(next) ? next : null;
};

/** The most recent given weekday on or before a day (week null), or that weekday in this / last Monday-week. */
const weekdayDate = (article: CalendarDay, weekday: number, week: 0 | -1 | null): CalendarDay => {
  const today = weekdayOf(article);
  if (week === null) return addDays(article, -((today - weekday + 7) % 7));
  const mondayBased = (d: number): number => (d + 6) % 7;
  const monday = addDays(article, -mondayBased(today));
  return addDays(monday, mondayBased(weekday) + week * 7);
};

/** Turn a candidate into calendar dates, using the article's day where the text leaves something out. */
export const resolveCandidate = (
  c: Candidate,
  article: CalendarDay | null,
  sameDayAs: CalendarDay | null = null,
): ResolvedDate | Unresolved => {
  if (c.kind === 'offset' && c.role === 'fallback' && sameDayAs) {
    // 当天 / 同日 right after a dated caption means that caption's day, when the caller knows it.
    return {
      start: formatPartial(sameDayAs.year, sameDayAs.month, sameDayAs.day),
      end: null,
      precision: 'day',
      rules: ['same-day-as-previous'],
    };
  }
  if (c.kind === 'offset' || c.kind === 'weekday') {
    if (!article) return 'needs-article';
    const day = c.kind === 'offset' ? addDays(article, c.days) : weekdayDate(article, c.weekday, c.week);
    const span = c.kind === 'weekday' && c.endWeekday !== null ? (c.endWeekday - c.weekday + 7) % 7 : 0;
    const last = span > 0 ? addDays(day, span) : null;
    return {
      start: formatPartial(day.year, day.month, day.day),
      end: last ? formatPartial(last.year, last.month, last.day) : null,
      precision: 'day',
      rules: [...c.rules],
    };
  }
  const rules = [...c.rules];
  const start = resolveStart(c, article, rules);
  if (typeof start === 'string') return start;
  if (!isValid(start)) return 'invalid';
  const end = c.end ? resolveEnd(c.end, start) : null;
  if (c.end && !end) rules.push('range-end-dropped');
  return { start: format(start), end: end ? format(end) : null, precision: precisionOf(start), rules };
};
