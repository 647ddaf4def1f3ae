/** A day of the proleptic Gregorian calendar, as China (UTC+8, no DST) counts it. Month 1–12. */
export interface CalendarDay {
  year: number;
  month: number;
  day: number;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeapYear = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/**
 * Days in a month (1–12) of the proleptic Gregorian calendar, by table (no Date per call). Other input keeps the Date
 * answer, which also maps years 0–99 to 1900–1999.
 */
export const daysInMonth = (year: number, month: number): number =>
  Number.isInteger(year) && year >= 100 && Number.isInteger(month) && month >= 1 && month <= 12
    ? month === 2 && isLeapYear(year)
      ? 29
      : MONTH_DAYS[month - 1]
    : new Date(Date.UTC(year, month, 0)).getUTCDate();

export const isValidDay = (year: number, month: number, day: number): boolean =>
  month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);

/** Days since 1970-01-01 (a plain day count, no time zone involved). */
export const dayNumber = (d: CalendarDay): number => Date.UTC(d.year, d.month - 1, d.day) / 86_400_000;

export const fromDayNumber = (n: number): CalendarDay => {
  const date = new Date(n * 86_400_000);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
};

export const addDays = (d: CalendarDay, days: number): CalendarDay => fromDayNumber(dayNumber(d) + days);

/** 0 = Sunday … 6 = Saturday. */
export const weekdayOf = (d: CalendarDay): number => (dayNumber(d) + 4) % 7;

/** The month before (year, month), as [year, month]. */
export const previousMonth = (year: number, month: number): [number, number] =>
  month === 1 ? [year - 1, 12] : [year, month - 1];

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/** 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD' for the fields given. */
export const formatPartial = (year: number, month: number | null, day: number | null): string =>
  month === null
    ? pad(year, 4)
    : day === null
      ? `${pad(year, 4)}-${pad(month, 2)}`
      : `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
