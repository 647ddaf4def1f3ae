import { z } from 'zod';
import { fail, ok, type Result } from '../../../src/model/result.ts';

const foreignFileSchema = z.object({
  notCountries: z.array(z.object({ name: z.string(), why: z.string() })),
  countryAliases: z.array(z.object({ name: z.string().min(2), country: z.string().length(2), source: z.string() })),
  cities: z.array(z.object({ name: z.string().min(2), country: z.string().length(2), source: z.string() })),
  /** The name to show for a country when the package's differs from the usual full name (印尼 → 印度尼西亚). */
  displayNames: z.array(z.object({ country: z.string().length(2), name: z.string(), why: z.string() })).default([]),
});

export interface ForeignName {
  name: string;
  /** The country's Chinese name as shown (俄罗斯). */
  country: string;
  /** The city's Chinese name, or null when the name is the country itself. */
  city: string | null;
}

/** Every foreign name the resolver knows: country names and aliases, and cities with their country. */
export interface ForeignIndex {
  readonly names: readonly ForeignName[];
}

/**
 * Join the package's Chinese country names (alpha-2 → 俄罗斯) with the hand-kept aliases and cities.
 * Names listed under notCountries (中国, 香港 …) are left out.
 */
export function createForeignIndex(
  countryNames: Readonly<Record<string, string | readonly string[]>>,
  json: unknown,
): Result<ForeignIndex, 'bad-foreign-file'> {
  const parsed = foreignFileSchema.safeParse(json);
  if (!parsed.success) return fail('bad-foreign-file', `foreign names file: ${parsed.error.message}`);
  const display = new Map(parsed.data.displayNames.map((row) => [row.country, row.name]));
  const packageName = (alpha2: string): string | undefined => {
    const value = countryNames[alpha2];
    return typeof value === 'string' ? value : value?.[0];
  };
  const nameOf = (alpha2: string): string | undefined => display.get(alpha2) ?? packageName(alpha2);
  const excluded = new Set(parsed.data.notCountries.map((row) => row.name));
  const names: ForeignName[] = [];
  for (const alpha2 of Object.keys(countryNames)) {
    const written = packageName(alpha2);
    const country = nameOf(alpha2);
    if (!written || !country || excluded.has(written)) continue;
    names.push({ name: written, country, city: null });
    if (country !== written) names.push({ name: country, country, city: null });
  }
  const problems: string[] = [];
  for (const row of parsed.data.countryAliases) {
    const country = nameOf(row.country);
    if (country) names.push({ name: row.name, country, city: null });
    else problems.push(`${row.name}: unknown country ${row.country}`);
  }
  for (const row of parsed.data.cities) {
    const country = nameOf(row.country);
    if (country) names.push({ name: row.name, country, city: row.name });
    else problems.push(`${row.name}: unknown country ${row.country}`);
  }
  if (problems.length > 0) return fail('bad-foreign-file', `foreign names file: ${problems.join('; ')}`);
  return ok({ names });
}
