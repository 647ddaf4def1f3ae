import { z } from 'zod';
import { fail, ok, type Result } from '../../../src/model/result.ts';

const siteRowSchema = z.object({
  name: z.string().min(2),
  aliases: z.array(z.string().min(2)),
  /** The finest GB/T 2260 division the site lies in. */
  code: z.string().regex(/^\d{6}$/),
  /** A development zone or new area that is not a county-level unit: only the coded level is set. */
  zone: z.boolean(),
  source: z.string().min(1),
});
export type SiteRow = z.infer<typeof siteRowSchema>;

const sitesFileSchema = z.object({ sites: z.array(siteRowSchema) });

/** Famous sites and development zones (scripts/extract/data/sites.json), validated. */
export interface SiteIndex {
  readonly rows: readonly SiteRow[];
}

export function createSiteIndex(json: unknown): Result<SiteIndex, 'bad-sites-file'> {
  const parsed = sitesFileSchema.safeParse(json);
  if (!parsed.success) return fail('bad-sites-file', `sites file does not match its schema: ${parsed.error.message}`);
  return ok({ rows: parsed.data.sites });
}
