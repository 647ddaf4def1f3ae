import type { ShownProgress } from '../data/useEventTable.ts';

/** A screen reader hears the progress again only once this much more time has passed… */
export const ANNOUNCE_EVERY_MS = 1000;
/** …and this share of the months more has been loaded: a 16 s load is about ten announcements, not 170. */
export const ANNOUNCE_EVERY_SHARE = 0.1;

/**
 * The progress a polite live region should say: the last one said, or the current one when it is the first or far
 * enough on (ANNOUNCE_EVERY_MS and ANNOUNCE_EVERY_SHARE of the months since the last one said).
 */
export function nextAnnouncedProgress(
  announced: ShownProgress | null,
  current: ShownProgress | null,
): ShownProgress | null {
  if (!current || current === announced) return announced;
  if (!announced || announced.totalChunks !== current.totalChunks) return current;
  const step = Math.max(1, Math.ceil(current.totalChunks * ANNOUNCE_EVERY_SHARE));
  const farEnough = current.chunks - announced.chunks >= step && current.at - announced.at >= ANNOUNCE_EVERY_MS;
  return farEnough ? current : announced;
}
