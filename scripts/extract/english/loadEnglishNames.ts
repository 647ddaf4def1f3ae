import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

const namesPath = fileURLToPath(new URL('./data/english-names.json', import.meta.url));

const englishNamesSchema = z.object({
  divisions: z.array(
    z.object({ names: z.array(z.string().min(2)), code: z.string().regex(/^\d{6}$/), source: z.string() }),
  ),
  sites: z.array(z.object({ names: z.array(z.string().min(2)), site: z.string().min(2) })),
  cities: z.array(z.object({ names: z.array(z.string().min(2)), city: z.string().min(2) })),
  countries: z.array(z.object({ names: z.array(z.string().min(2)), country: z.string().length(2) })),
});
export type EnglishNames = z.infer<typeof englishNamesSchema>;

/** The hand-kept English names file (data/english-names.json), validated; throws with the reason when broken. */
export function loadEnglishNames(): EnglishNames {
  const parsed = englishNamesSchema.safeParse(JSON.parse(readFileSync(namesPath, 'utf8')));
  if (!parsed.success) throw new Error(`english-names.json does not match its schema: ${parsed.error.message}`);
  return parsed.data;
}
