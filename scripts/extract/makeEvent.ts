import { hash } from 'node:crypto';
import type { AtlasEvent, EventKind, Photo, Source } from '../../src/model/event.ts';
import type { Interpretation } from './interpretCaption.ts';

/** Stable across runs and machines: the post path (relative to the posts folder), the kind and the position. */
export const makeEventId = (path: string, kind: EventKind, position: number): string =>
  hash('sha1', `${path}#${kind}${position}`, 'hex').slice(0, 12);

/**
 * How much to trust an event, 0..1. A photo caption states its date and place on purpose; a sentence of body text
 * only mentions them. Coarse dates and missing or ambiguous places lower it.
 */
export const confidenceOf = (kind: EventKind, interpretation: Interpretation): number => {
  let confidence = kind === 'caption' ? 0.9 : 0.6;
  if (interpretation.date.precision === 'month') confidence -= 0.1;
  if (interpretation.date.precision === 'year') confidence -= 0.2;
  const where = interpretation.where;
  if (!where.province && !where.foreign) confidence -= 0.2;
  else if (where.ambiguous && where.ambiguous.length > 0) confidence -= 0.1;
  return Math.round(Math.max(0.05, Math.min(1, confidence)) * 100) / 100;
};

export interface EventOrigin {
  kind: EventKind;
  /** The caption or sentence verbatim (plain text). */
  caption: string;
  photos: Photo[];
  source: Source;
  position: number;
}

export const makeEvent = (interpretation: Interpretation, origin: EventOrigin): AtlasEvent => ({
  id: makeEventId(origin.source.path, origin.kind, origin.position),
  kind: origin.kind,
  date: {
    start: interpretation.date.start,
    end: interpretation.date.end,
    precision: interpretation.date.precision,
    written: interpretation.date.written,
  },
  t0: interpretation.t0,
  t1: interpretation.t1,
  who: interpretation.who,
  where: interpretation.where,
  what: interpretation.what,
  caption: origin.caption,
  photos: origin.photos,
  sources: [origin.source],
  confidence: confidenceOf(origin.kind, interpretation),
  rules: interpretation.rules,
});
