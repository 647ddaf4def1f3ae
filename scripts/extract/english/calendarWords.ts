import { enUS } from 'date-fns/locale/en-US';

/**
 * English month and weekday names as date-fns's en-US locale spells them (wide and abbreviated), plus the forms news
 * agencies add: AP's `Sept.`, and `Tues`/`Thur`/`Thurs`. Keys are lower case without the full stop.
 */
const MONTHS = new Map<string, number>();
for (let month = 0; month < 12; month++) {
  MONTHS.set(enUS.localize.month(month as never, { width: 'wide' }).toLowerCase(), month + 1);
  MONTHS.set(enUS.localize.month(month as never, { width: 'abbreviated' }).toLowerCase(), month + 1);
}
MONTHS.set('sept', 9);

const WEEKDAYS = new Map<string, number>();
for (let day = 0; day < 7; day++) {
  WEEKDAYS.set(enUS.localize.day(day as never, { width: 'wide' }).toLowerCase(), day);
}

/** Longest first, so that a pattern built from them tries `September` before `Sept` before `Sep`. */
const byLength = (names: Iterable<string>): string[] => [...names].sort((a, b) => b.length - a.length);

/** A pattern source matching a month name (capitalised, as captions write it), optionally with a full stop. */
export const MONTH_PATTERN = `(?:${byLength(MONTHS.keys())
  .map((name) => name[0].toUpperCase() + name.slice(1))
  .join('|')})\\.?`;
export const WEEKDAY_PATTERN = `(?:${byLength(WEEKDAYS.keys())
  .map((name) => name[0].toUpperCase() + name.slice(1))
  .join('|')})`;

/** 1–12 for a month name as written (`Oct.`, `October`, `Sept`), or null. */
export const monthOf = (written: string): number | null => MONTHS.get(written.replace(/\.$/, '').toLowerCase()) ?? null;

/** 0 (Sunday) – 6 (Saturday) for a weekday name, or null. */
export const weekdayOf = (written: string): number | null => WEEKDAYS.get(written.toLowerCase()) ?? null;
