import { fail, ok, type Result } from '../../../src/model/result.ts';
import { isLastNormalized, normalizeTextWithOffsets, originalSlice } from '../text/normalizeText.ts';
import { articleDayOf } from './articleDay.ts';
import type { DateFailure, DateSpec } from './dateSpec.ts';
import { type Candidate, type DateRole, findDateCandidates } from './findDateCandidates.ts';
import { type ResolvedDate, resolveCandidate } from './resolveCandidate.ts';

export type { DateSpec, DateFailure } from './dateSpec.ts';

/**
 * Tiers in the order they are tried. Within a tier the finest precision wins, then the earliest position:
 * 图为 + date opening a later sentence names the photo, whatever the first sentence dated (a quake, an opening);
 * a caption's leading date and the photographer's (…摄) date speak for the photo; dates mentioned in passing come
 * next; 当天 / 当日 (= the article's day) only when nothing else is there.
 */
const TIERS: DateRole[][] = [['photo'], ['leading', 'shot'], ['inline'], ['fallback']];
const PRECISION_RANK = { day: 3, month: 2, year: 1 } as const;
const ROLE_RULE: Record<DateRole, string> = {
  photo: 'photo-date',
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

/** A before/after pair of photos in one caption: 左图…右图, 上图…下图, （左）…（右）. */
const PHOTO_PAIR = /左图[\s\S]*右图|上图[\s\S]*下图|（左）[\s\S]*（右）/u;
const isPhotoPair = (text: string): boolean => (text.includes('右') || text.includes('下图')) && PHOTO_PAIR.test(text);

/**
 * The span of a pair's two dates (2012年拍摄的…；2022年拍摄的…): the earliest and the latest of the tier's dates at
 * the chosen one's precision. A pair whose dates have ends of their own keeps the chosen one.
 */
const spanOfPair = (
  best: Pick,
  candidates: readonly Candidate[],
  tier: readonly DateRole[],
  article: ReturnType<typeof articleDayOf>,
  sameDayAs: ReturnType<typeof articleDayOf>,
): ResolvedDate => {
  let first = best.resolved.start;
  let last = best.resolved.start;
  for (const candidate of candidates) {
    if (candidate === best.candidate || !tier.includes(candidate.role)) continue;
    const other = resolveCandidate(candidate, article, sameDayAs);
    if (typeof other === 'string' || other.precision !== best.resolved.precision || other.end !== null) continue;
    if (other.start < first) first = other.start;
    if (other.start > last) last = other.start;
  }
  if (best.resolved.end !== null || first === last) return best.resolved;
  return { ...best.resolved, start: first, end: last, rules: [...best.resolved.rules, 'photo-pair'] };
};

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
      const { candidate } = best;
      const resolved = isPhotoPair(normalizedText)
        ? spanOfPair(best, candidates, tier, article, sameDayAs)
        : best.resolved;
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
