import { fail, ok, type Result } from '../../../src/model/result.ts';

type Verdict = Result<null, 'not-an-event'>;

/** Fewer letters than this once credits are blanked: a credit standing alone. */
const MIN_LETTERS = 8;
const LETTER = /[A-Za-z]/g;
/** Maps, screenshots, charts: named at the start, with at most one word before (`A video screenshot`, `Infographic:`). */
const NOT_A_PHOTO =
  /^(?:(?:A|An|The|This|File)\s+)?(?:[\w-]+\s+)?(?:map|screenshot|screen grab|screengrab|infographic|chart|graphic|poster|illustration|rendering|diagram)s?\b/i;

/**
 * Is this English caption (credits already blanked) a candidate event at all? A credit on its own, a map, a
 * screenshot or a chart is not: the same verdicts as classifyCaption gives a Chinese caption.
 */
export const classifyEnglishCaption = (masked: string): Verdict => {
  const text = masked.trim();
  if (text === '') return fail('not-an-event', 'empty caption');
  if ((text.match(LETTER)?.length ?? 0) < MIN_LETTERS)
    return fail('not-an-event', 'a photo credit on its own, not an event');
  if (NOT_A_PHOTO.test(text))
    return fail('not-an-event', 'a map, chart, screenshot or graphic, not a photo of an event');
  return ok(null);
};
