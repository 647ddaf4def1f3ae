import type { Precision } from '../../../src/model/event.ts';
import { fail, ok, type Result } from '../../../src/model/result.ts';
import { articleDayOf } from '../date/articleDay.ts';
import type { DateFailure, DateSpec } from '../date/dateSpec.ts';
import type { Candidate } from '../date/findDateCandidates.ts';
import { resolveCandidate } from '../date/resolveCandidate.ts';
import { findEnglishDates } from './findEnglishDates.ts';

const RANK: Record<Precision, number> = { day: 3, month: 2, year: 1 };

/** A year this far after the article's is a plan, not a photo (2035 in a 2021 article), as in the Chinese rules. */
const MAX_YEARS_AHEAD = 1;
const EARLIEST_YEAR = 1840;

const yearOf = (c: Candidate): number | null => (c.kind === 'calendar' ? c.start.year : null);

/**
 * The date of an English caption (credits blanked; `text` is what index/length refer to): the finest date it
 * writes, the earliest of those, with a missing year (or month) from the article date by the Chinese rules
 * (resolveCandidate: roll-back across New Year, weekdays as the latest such day on or before the article day).
 */
export const parseEnglishDate = (text: string, articleDate: string | null): Result<DateSpec, DateFailure> => {
  const article = articleDayOf(articleDate);
  const candidates = findEnglishDates(text).filter((c) => {
    const year = yearOf(c);
    if (year === null) return true;
    return year >= EARLIEST_YEAR && (!article || year <= article.year + MAX_YEARS_AHEAD);
  });
  if (candidates.length === 0) return fail('no-date', 'no date in the English caption');
  let best: DateSpec | null = null;
  let neededArticle = false;
  for (const candidate of candidates) {
    const resolved = resolveCandidate(candidate, article);
    if (resolved === 'needs-article') {
      neededArticle = true;
      continue;
    }
    if (resolved === 'invalid') continue;
    if (best && RANK[resolved.precision] <= RANK[best.precision]) continue;
    best = {
      start: resolved.start,
      end: resolved.end,
      precision: resolved.precision,
      written: text.slice(candidate.index, candidate.index + candidate.length),
      rules: [candidate.role === 'shot' ? 'shot-suffix' : 'inline-date', ...resolved.rules],
      index: candidate.index,
      length: candidate.length,
    };
  }
  if (best) return ok(best);
  return neededArticle
    ? fail('year-unknown', 'the English caption gives no year and there is no article date')
    : fail('no-date', 'no valid date in the English caption');
};
