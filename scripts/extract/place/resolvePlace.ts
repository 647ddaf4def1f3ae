import type { Gazetteer } from '../../../src/model/gazetteer.ts';
import { fail, ok, type Result } from '../../../src/model/result.ts';
import { abbreviatedCity } from './abbreviatedCity.ts';
import { chooseCandidates } from './chooseCandidates.ts';
import { createPlaceIndex, type PlaceIndex } from './createPlaceIndex.ts';
import { ABROAD_SIGNAL } from './distractors.ts';
import { extendLocal } from './extendLocal.ts';
import { findMentions } from './findMentions.ts';
import type { ForeignIndex } from './foreignIndex.ts';
import { listedPlaces } from './listedPlaces.ts';
import { loadForeignNames } from './loadForeignNames.ts';
import { makePlaceSpec } from './makePlaceSpec.ts';
import { markRoutes } from './markRoutes.ts';
import { maskCredits } from './maskCredits.ts';
import { pickPrimary } from './pickPrimary.ts';
import { isForeignCandidate as isForeign, isWithin, type PlaceCandidate } from './placeCandidate.ts';
import type { PlaceFailure, PlaceSpec } from './placeSpec.ts';
import type { SiteIndex } from './siteIndex.ts';
import type { TownshipIndex, VillageIndex } from './townshipIndex.ts';
import { villageReadings } from './villageReadings.ts';

export interface PlaceContext {
  gazetteer: Gazetteer;
  townships: TownshipIndex;
  villages?: VillageIndex;
  sites: SiteIndex;
  /** Defaults to i18n-iso-countries zh names plus scripts/extract/data/foreign-cities.json. */
  foreign?: ForeignIndex;
}

/** Resolve the place of one (normalised) caption; indexes in the result point into the text given. */
export type PlaceResolver = (text: string) => Result<PlaceSpec, PlaceFailure>;

/** Build the index once and return the per-caption resolver (a scan plus a few set operations). */
export function createPlaceResolver(
  gazetteer: Gazetteer,
  townships: TownshipIndex,
  sites: SiteIndex,
  options: { villages?: VillageIndex; foreign?: ForeignIndex } = {},
): PlaceResolver {
  const index = createPlaceIndex(
    gazetteer,
    townships,
    sites,
    options.foreign ?? loadForeignNames(),
    options.villages ?? null,
  );
  return resolverOfIndex(index);
}

/** The per-caption resolver over an index already built (or restored from a snapshot). */
export const resolverOfIndex =
  (index: PlaceIndex): PlaceResolver =>
  (text) =>
    resolveWithIndex(text, index);

const resolvers = new WeakMap<PlaceContext, PlaceResolver>();

/** Same as createPlaceResolver(...)(text), with the index built once per context object and reused. */
export function resolvePlace(text: string, ctx: PlaceContext): Result<PlaceSpec, PlaceFailure> {
  let resolver = resolvers.get(ctx);
  if (!resolver) {
    resolver = createPlaceResolver(ctx.gazetteer, ctx.townships, ctx.sites, ctx);
    resolvers.set(ctx, resolver);
  }
  return resolver(text);
}

const ruleOf = (c: PlaceCandidate): string | null => {
  switch (c.entry.kind) {
    case 'division':
      return c.entry.form === 'alias' ? 'place:short-or-former-name' : null;
    case 'township':
      return c.entry.former ? 'place:former-township' : 'place:township';
    case 'village':
      return 'place:village';
    case 'site':
      return c.entry.zone ? 'place:zone' : 'place:site';
    case 'country':
      return 'place:foreign';
    case 'city':
      return 'place:foreign-city';
  }
};

/** 在京开幕 → 北京市: the city's full name resolved as a caption of its own, its span the one character. */
function resolveAbbreviation(
  city: { name: string; index: number; length: number },
  index: PlaceIndex,
): Result<PlaceSpec, PlaceFailure> {
  const spec = resolveWithIndex(city.name, index);
  if (!spec.ok) return spec;
  return ok({ ...spec.value, index: city.index, length: city.length, rules: ['place:abbreviation'] });
}

function resolveWithIndex(text: string, index: PlaceIndex): Result<PlaceSpec, PlaceFailure> {
  const masked = maskCredits(text);
  const mentions = markRoutes(masked, findMentions(masked, index));
  const primary = pickPrimary(mentions, masked.includes(ABROAD_SIGNAL));
  if (!primary) {
    const abbreviated = abbreviatedCity(masked);
    if (abbreviated) return resolveAbbreviation(abbreviated, index);
    return fail('no-place', mentions.length ? 'only names that do not open a location phrase' : 'no place name');
  }

  const listed = listedPlaces(masked, mentions, primary);
  if (listed) return listed;

  const rules = [primary.rule];
  // The loop below asks how far the phrase reaches from the same spanEnd for mention after mention: asked once per
  // spanEnd (kept inline: a closure made per caption costs tsx's keepNames a defineProperty call).
  let extendedFrom = -1;
  let extended = 0;
  let readings = primary.candidates;
  let spanEnd = primary.mention.end;
  /** Where the last division named ends: the text after it (to spanEnd) is the local part. */
  const opensWithDivision =
    readings === primary.mention.candidates
      ? primary.mention.anyDivision
      : readings.some((c) => c.entry.kind === 'division');
  let divisionEnd = opensWithDivision ? spanEnd : primary.mention.start;
  // What the loop asks of the readings, worked out when they change (not at every mention: a name may have dozens).
  let summarized: readonly PlaceCandidate[] | null = null;
  let inZone = false;
  let shallowest = 0;
  for (const m of mentions) {
    if (m.start < spanEnd || m.named) continue;
    if (spanEnd !== extendedFrom) {
      extendedFrom = spanEnd;
      extended = extendLocal(masked, spanEnd);
    }
    const adjacent = m.start <= extended;
    if (!adjacent && !m.strong && m.cue === null) continue;
    if (readings !== summarized) {
      summarized = readings;
      // A development zone administers its townships itself: they never add a county (东湖高新区左岭街道).
      inZone = readings.some((r) => r.entry.kind === 'site' && r.entry.zone);
      shallowest = Infinity;
      for (const r of readings) shallowest = Math.min(shallowest, r.depth);
    }
    // isWithin needs a deeper reading: one no deeper than every reading is within none (checked first, cheaply).
    const finer = m.candidates.filter(
      (c) =>
        c.depth > shallowest &&
        readings.some((r) => isWithin(c, r)) &&
        !(inZone && (c.entry.kind === 'township' || c.entry.kind === 'village')),
    );
    if (finer.length === 0) {
      // A name that does not fit the chain (牡丹 in 牡丹社区, 河南 in 河南街道) may still be part of a local unit.
      if (adjacent) spanEnd = Math.max(spanEnd, extendLocal(masked, m.start));
      continue;
    }
    if (adjacent) spanEnd = m.end;
    readings = finer;
    if (finer.some((c) => c.entry.kind === 'division')) divisionEnd = adjacent ? m.end : divisionEnd;
    const rule = adjacent ? 'place:chain' : 'place:later-mention';
    if (!rules.includes(rule)) rules.push(rule);
  }
  spanEnd = spanEnd === extendedFrom ? extended : extendLocal(masked, spanEnd);
  if (index.villages && !readings.some(isForeign)) {
    const byVillage = villageReadings(masked, divisionEnd, spanEnd, readings, index);
    if (byVillage) {
      readings = byVillage;
      rules.push('place:village');
    }
  }

  const choice = chooseCandidates(readings);
  for (const c of choice.candidates) {
    const rule = ruleOf(c);
    if (rule && !rules.includes(rule)) rules.push(rule);
  }
  rules.push(...choice.rules.filter((r) => !rules.includes(r)));
  const local = divisionEnd < spanEnd ? masked.slice(divisionEnd, spanEnd).trim() || null : null;
  const index0 = primary.mention.start;
  return makePlaceSpec(choice.candidates, { index: index0, length: spanEnd - index0, local, rules });
}
