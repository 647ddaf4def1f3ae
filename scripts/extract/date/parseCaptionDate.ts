import { fail, ok, type Result } from '../../../src/model/result.ts';
import { isLastNormalized, normalizeTextWithOffsets, originalSlice } from '../text/normalizeText.ts';
import { articleDayOf } from './articleDay.ts';
import type { DateFailure, DateSpec } from './dateSpec.ts';
import { type Candidate, type DateRole, findDateCandidates } from './findDateCandidates.ts';
import { type ResolvedDate, resolveCandidate } from './resolveCandidate.ts';

export type { DateSpec, DateFailure } from './dateSpec.ts';

/**
 * Tiers in the order they are tried. Within a tier the finest precision wins, then the earliest position:
 * a caption's leading date and the photographer's (…摄) date speak for the photo; dates mentioned in passing come
 * next; 当天 / 当日 (= the article's day) only when nothing else is there.
 */
const TIERS: DateRole[][] = [['leading', 'shot'], ['inline'], ['fallback']];
const PRECISION_RANK = { day: 3, month: 2, year: 1 } as const;
const ROLE_RULE: Record<DateRole, string> = {
  leading: 'leading-date',
  shot: 'shot-suffix',
  inline: 'inline-date',
  fallback: 'fallback',
};
/** A year this far past the article's is a plan (二〇三五年远景目标), not an event. */
const MAX_YEARS_AHEAD = 1;

export interface ParseDateOptions {
  /**
   * The day ('YYYY-MM-DD') of the caption or sentence just before this one. When given, 当天 / 当日 / 同日 mean that
   * day rather than the article's.
   */
  sameDayAs?: string | null;
}

interface Pick {
  candidate: Candidate;
  resolved: ResolvedDate;
}

const beyondHorizon = (resolved: ResolvedDate, articleYear: number | null): boolean =>
  articleYear !== null && Number(resolved.start.slice(0, 4)) > articleYear + MAX_YEARS_AHEAD;

/**
 * THE date of a caption (or of a dated sentence), as pure text → Result. `text` may be raw or already normalised;
 * `articleDate` is the post's date ('YYYY-MM-DD' or an ISO timestamp) or null. See docs/dates.md for the rules.
 */
export const parseCaptionDate = (
  text: string,
  articleDate: string | null,
  options: ParseDateOptions = {},
): Result<DateSpec, DateFailure> => {
  // The extractor passes the text it has just normalised: then positions in it are positions in the raw text.
  const normalized = isLastNormalized(text) ? null : normalizeTextWithOffsets(text);
  const normalizedText = normalized?.text ?? text;
  const article = articleDayOf(articleDate);
  const previous = options.sameDayAs ?? null;
  const sameDayAs = previous && /^\d{4}-\d{2}-\d{2}$/.test(previous) ? articleDayOf(previous) : null;
  const candidates = findDateCandidates(normalizedText);
  let neededArticle = false;

  for (const tier of TIERS) {
    let best: Pick | null = null;
    for (const candidate of candidates) {
      if (!tier.includes(candidate.role)) continue;
      const resolved = resolveCandidate(candidate, article, sameDayAs);
      if (resolved === 'needs-article') {
        neededArticle = true;
        continue;
      }
      if (resolved === 'invalid' || beyondHorizon(resolved, article?.year ?? null)) continue;
      if (!best || PRECISION_RANK[resolved.precision] > PRECISION_RANK[best.resolved.precision]) {
        best = { candidate, resolved };
      }
    }
    if (best) {
      const { candidate, resolved } = best;
      return ok({
        start: resolved.start,
        end: resolved.end,
        precision: resolved.precision,
        written: normalized
          ? originalSlice(text, normalized, candidate.index, candidate.length)
          : text.slice(candidate.index, candidate.index + candidate.length),
        rules: [ROLE_RULE[candidate.role], ...resolved.rules],
        index: candidate.index,
        length: candidate.length,
      });
    }
  }
  if (neededArticle) {
    return fail('year-unknown', 'The caption dates the event without a year and the post has no date to take it from.');
  }
  return fail('no-date', 'No event date found in the caption.');
};
