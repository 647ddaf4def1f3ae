/**
 * The event file the prebuild writes and the app reads (public/data/events.json).
 * One definition for both sides: the prebuild validates what it writes, the app validates what it loads.
 * Bump SCHEMA_VERSION (schemaVersion.ts) on any incompatible change.
 */
import { z } from 'zod';
import { SCHEMA_VERSION } from './schemaVersion.ts';

export { SCHEMA_VERSION };

export const precisionSchema = z.enum(['day', 'month', 'year']);
export type Precision = z.infer<typeof precisionSchema>;

/** A calendar date at some precision: "2022-01-26", "2022-01" or "2022". */
export const partialDateSchema = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/);

export const eventDateSchema = z.object({
  /** Start of the event at its precision. */
  start: partialDateSchema,
  /** End of a range (same or finer precision), or null for a single date. */
  end: partialDateSchema.nullable(),
  precision: precisionSchema,
  /**
   * The date as the caption wrote it, in normalised text (ZAKER's spaces and full-width digits folded, Traditional
   * script simplified): "2022年1月26日", "9月25日至28日", "当天". The caption itself is kept verbatim.
   */
  written: z.string(),
});
export type EventDate = z.infer<typeof eventDateSchema>;

export const divisionRefSchema = z.object({ code: z.string().regex(/^\d{6}$/), name: z.string() });
export type DivisionRef = z.infer<typeof divisionRefSchema>;

export const placeSchema = z.object({
  province: divisionRefSchema.nullable(),
  /** Null for municipalities and for county-level units directly under a province. */
  prefecture: divisionRefSchema.nullable(),
  county: divisionRefSchema.nullable(),
  /** Township / village / site text below the county, as written (e.g. "师庄乡冯南垣村"). */
  local: z.string().nullable(),
  /** A place outside China: the country's Chinese name, plus a city when known ("俄罗斯莫斯科"). */
  foreign: z.string().nullable(),
  /** [lon, lat] of the finest resolved unit's point, and which level it stands for. */
  point: z.tuple([z.number(), z.number()]).nullable(),
  pointLevel: z.enum(['province', 'prefecture', 'county']).nullable(),
  /** When the text names a unit that several divisions share (鼓楼区), the codes of all candidates. */
  ambiguous: z.array(z.string()).optional(),
});
export type Place = z.infer<typeof placeSchema>;

export const photoSchema = z.object({
  /** The real image address (data-original when present). */
  src: z.string(),
  width: z.number().nullable(),
  height: z.number().nullable(),
});
export type Photo = z.infer<typeof photoSchema>;

export const sourceSchema = z.object({
  /** Post path relative to the posts folder. */
  path: z.string(),
  title: z.string(),
  /** Article date, ISO 8601 (UTC) or null when the front matter has none. */
  date: z.string().nullable(),
  url: z.string().nullable(),
});
export type Source = z.infer<typeof sourceSchema>;

export const eventKindSchema = z.enum(['caption', 'text']);
export type EventKind = z.infer<typeof eventKindSchema>;

export const atlasEventSchema = z.object({
  /** Stable id from the post path and position (first source when merged). */
  id: z.string(),
  /** caption: a ↑ photo caption; text: a dated sentence in the body text (lower confidence). */
  kind: eventKindSchema,
  date: eventDateSchema,
  /** Start and end of the date as epoch milliseconds (China time, start of the first / end of the last day). */
  t0: z.number(),
  t1: z.number(),
  /** People named as the subject. */
  who: z.array(z.string()),
  where: placeSchema,
  /** The caption with date and place removed: what happened. */
  what: z.string(),
  /** The caption (or sentence) verbatim, as plain text. */
  caption: z.string(),
  photos: z.array(photoSchema),
  sources: z.array(sourceSchema).min(1),
  /** 0..1; text events are lower than caption events. */
  confidence: z.number().min(0).max(1),
  /** Names of the rules that decided the date and place, for the curious and for debugging. */
  rules: z.array(z.string()),
});
export type AtlasEvent = z.infer<typeof atlasEventSchema>;

export const eventsFileSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  generatedAt: z.string(),
  /** Sorted by t0, then id. */
  events: z.array(atlasEventSchema),
});
export type EventsFile = z.infer<typeof eventsFileSchema>;

/**
 * What the prebuild writes as events.json: an index of month chunks (events/YYYY-MM.json, each an EventsFile whose
 * events all start in that China-time month), so a re-run rewrites only the months that changed and the app can
 * fetch chunks in parallel. A single EventsFile is still a valid events.json (the benchmark and tests use one).
 */
export const eventsIndexSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  generatedAt: z.string(),
  /** In time order; paths relative to the index file. */
  chunks: z.array(
    z.object({
      file: z.string().regex(/^events\/\d{4}-\d{2}\.json$/),
      month: z.string().regex(/^\d{4}-\d{2}$/),
      count: z.number().int().nonnegative(),
    }),
  ),
});
export type EventsIndex = z.infer<typeof eventsIndexSchema>;

/** Pre-aggregated counts for the zoomed-out timeline (public/data/density.json). */
export const densityFileSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  /** Per bucket: [bucket start as epoch ms, count]. */
  day: z.array(z.tuple([z.number(), z.number()])),
  month: z.array(z.tuple([z.number(), z.number()])),
  year: z.array(z.tuple([z.number(), z.number()])),
});
export type DensityFile = z.infer<typeof densityFileSchema>;
