import type { DivisionLevel, Gazetteer } from '../../../src/model/gazetteer.ts';
import { fail, ok, type Result } from '../../../src/model/result.ts';
import { chooseCandidates } from './chooseCandidates.ts';
import { createPlaceIndex, type PlaceIndex } from './createPlaceIndex.ts';
import { ABROAD_SIGNAL, LIST_SEPARATOR, ROUTE_SEPARATOR } from './distractors.ts';
import { extendLocal, localPieces } from './extendLocal.ts';
import { findMentions, type Mention } from './findMentions.ts';
import type { ForeignIndex } from './foreignIndex.ts';
import { loadForeignNames } from './loadForeignNames.ts';
import { maskCredits } from './maskCredits.ts';
import { anchorOf, isWithin, type PlaceCandidate } from './placeCandidate.ts';
import type { PlaceFailure, PlaceSpec } from './placeSpec.ts';
import type { SiteIndex } from './siteIndex.ts';
import type { TownshipIndex, VillageIndex } from './townshipIndex.ts';

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

const isForeign = (c: PlaceCandidate): boolean => c.entry.kind === 'country' || c.entry.kind === 'city';

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
  return (text) => resolveWithIndex(text, index);
}

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

/** Both ends of a route (贵阳至昆明段) lose their cue and strength: a route is no one place. */
function markRoutes(text: string, mentions: Mention[]): Mention[] {
  const onRoute = new Set<Mention>();
  for (let i = 1; i < mentions.length; i++) {
    if (ROUTE_SEPARATOR.test(text.slice(mentions[i - 1].end, mentions[i].start))) {
      onRoute.add(mentions[i - 1]);
      onRoute.add(mentions[i]);
    }
  }
  return mentions.map((m) => (onRoute.has(m) ? { ...m, cue: null, strong: false } : m));
}

interface Primary {
  mention: Mention;
  candidates: PlaceCandidate[];
  rule: string;
}

/**
 * The mention that opens the event's place phrase: abroad (当地时间) the first foreign name; otherwise the first
 * name after a location word or at the caption's start; otherwise the first name that is strong on its own.
 */
function pickPrimary(mentions: readonly Mention[], abroad: boolean): Primary | null {
  const usable = mentions.filter((m) => m.cue !== null || m.strong);
  if (abroad) {
    const foreign = usable.filter((m) => m.candidates.some(isForeign));
    const first = foreign.find((m) => m.cue !== null) ?? foreign[0];
    if (first) {
      return { mention: first, candidates: first.candidates.filter(isForeign), rule: 'place:abroad-local-time' };
    }
  }
  const cued = usable.find((m) => m.cue !== null);
  if (cued) return { mention: cued, candidates: cued.candidates, rule: `place:${cued.cue}` };
  const first = usable[0];
  if (first) return { mention: first, candidates: first.candidates, rule: 'place:first-mention' };
  const event = mentions.find((m) => m.eventName);
  return event ? { mention: event, candidates: event.candidates, rule: 'place:event-name' } : null;
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

function resolveWithIndex(text: string, index: PlaceIndex): Result<PlaceSpec, PlaceFailure> {
  const masked = maskCredits(text);
  const mentions = markRoutes(masked, findMentions(masked, index));
  const primary = pickPrimary(mentions, masked.includes(ABROAD_SIGNAL));
  if (!primary) {
    return fail('no-place', mentions.length ? 'only names that do not open a location phrase' : 'no place name');
  }

  const listed = listedPlaces(masked, mentions, primary);
  if (listed) return listed;

  const rules = [primary.rule];
  let readings = primary.candidates;
  let spanEnd = primary.mention.end;
  /** Where the last division named ends: the text after it (to spanEnd) is the local part. */
  let divisionEnd = readings.some((c) => c.entry.kind === 'division') ? spanEnd : primary.mention.start;
  for (const m of mentions) {
    if (m.start < spanEnd || m.named) continue;
    const adjacent = m.start <= extendLocal(masked, spanEnd);
    if (!adjacent && !m.strong && m.cue === null) continue;
    // A development zone administers its townships itself: they never add a county (东湖高新区左岭街道).
    const inZone = readings.some((r) => r.entry.kind === 'site' && r.entry.zone);
    const finer = m.candidates.filter(
      (c) =>
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
  spanEnd = extendLocal(masked, spanEnd);
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
  const span = { index: primary.mention.start, length: spanEnd - primary.mention.start };
  const local = divisionEnd < spanEnd ? masked.slice(divisionEnd, spanEnd).trim() || null : null;
  return makeSpec(choice.candidates, { ...span, local, rules });
}

/** Narrow the first mention's readings by the ones written right after it (福建福州 → 福州市). */
function narrowChain(group: readonly Mention[], first: readonly PlaceCandidate[]): PlaceCandidate[] {
  let readings = [...first];
  for (const m of group.slice(1)) {
    const finer = m.candidates.filter((c) => readings.some((r) => isWithin(c, r)));
    if (finer.length > 0) readings = finer;
  }
  return chooseCandidates(readings).candidates;
}

/**
 * A list of places (在黑龙江、吉林、辽宁三省考察; 在福建福州、厦门考察): no single one is the place, so only what
 * they share is kept (福建省), or nothing when they share nothing.
 */
function listedPlaces(
  text: string,
  mentions: readonly Mention[],
  primary: Primary,
): Result<PlaceSpec, PlaceFailure> | null {
  const groups: Mention[][] = [[primary.mention]];
  for (let i = mentions.indexOf(primary.mention) + 1; i < mentions.length; i++) {
    const previous = mentions[i - 1];
    const gap = text.slice(previous.end, mentions[i].start);
    if (gap === '') groups[groups.length - 1].push(mentions[i]);
    else if (LIST_SEPARATOR.test(gap) && !mentions[i].named) groups.push([mentions[i]]);
    else break;
  }
  if (groups.length < 2) return null;
  const members = groups.map((group, i) => narrowChain(group, i === 0 ? primary.candidates : group[0].candidates));
  const last = groups[groups.length - 1];
  const span = { index: primary.mention.start, length: last[last.length - 1].end - primary.mention.start };
  const rules = [primary.rule, 'place:list'];
  const spec = makeSpec(members.flat(), { ...span, local: null, rules });
  if (!spec.ok)
    return fail('ambiguous-place', `several places are listed and they share no division (${spec.message})`);
  return ok({ ...spec.value, ambiguous: [], rules });
}

/** Villages as the last tie-breaker: the local pieces after the last division, looked up by name. */
function villageReadings(
  text: string,
  from: number,
  to: number,
  readings: readonly PlaceCandidate[],
  index: PlaceIndex,
): PlaceCandidate[] | null {
  const villages = index.villages;
  if (!villages || readings.length <= 1) return null;
  for (const [start, end] of localPieces(text, from)) {
    if (end > to) break;
    const rows = villages.byName.get(text.slice(start, end)) ?? [];
    const inside = readings.filter((r) =>
      rows.some((v) => index.gazetteer.chain(v.county).some((d) => d.code === anchorOf(r))),
    );
    if (inside.length > 0 && inside.length < readings.length) return inside;
  }
  return null;
}

interface SpecParts {
  index: number;
  length: number;
  local: string | null;
  rules: string[];
}

function makeSpec(candidates: readonly PlaceCandidate[], parts: SpecParts): Result<PlaceSpec, PlaceFailure> {
  const base: PlaceSpec = {
    province: null,
    prefecture: null,
    county: null,
    local: null,
    foreign: null,
    point: null,
    pointLevel: null,
    ambiguous: [],
    rules: parts.rules,
    index: parts.index,
    length: parts.length,
  };
  if (candidates.length === 0) return fail('no-place', 'no reading left');

  if (candidates.every(isForeign)) {
    const countries = new Set(candidates.map((c) => (isForeign(c) && 'country' in c.entry ? c.entry.country : '')));
    if (countries.size > 1) {
      return fail('ambiguous-place', `the name could be in ${[...countries].join(' / ')}`);
    }
    const first = candidates[0].entry;
    const foreign =
      first.kind === 'city' ? `${first.country}${first.city}` : first.kind === 'country' ? first.country : null;
    return ok({ ...base, foreign });
  }
  if (candidates.some(isForeign)) return fail('ambiguous-place', 'the name could be in China or abroad');

  // The chain all readings share; one reading shares its whole chain.
  const divisions = candidates[0].divisions.filter((d, i) => candidates.every((c) => c.divisions[i] === d));
  const anchors = [...new Set(candidates.map(anchorOf).filter((a): a is string => a !== null))];
  const ambiguous = anchors.length > 1 ? anchors : [];
  if (divisions.length === 0) {
    return fail('ambiguous-place', `the name is shared by ${anchors.join(', ')}; nothing in the text decides`);
  }
  const ref = (level: DivisionLevel) => {
    const d = divisions.find((x) => x.level === level);
    return d ? { code: d.code, name: d.name } : null;
  };
  const withPoint = [...divisions].reverse().find((d) => d.point !== null);
  const onlyReading = candidates.length === 1 ? candidates[0] : null;
  const isLocal = onlyReading !== null && onlyReading.entry.kind !== 'division';
  return ok({
    ...base,
    province: ref('province'),
    prefecture: ref('prefecture'),
    county: ref('county'),
    local: isLocal || parts.local ? parts.local : null,
    point: withPoint?.point ?? null,
    pointLevel: withPoint?.level ?? null,
    ambiguous,
    rules: ambiguous.length > 0 ? [...parts.rules, 'place:ambiguous-shared-level'] : parts.rules,
  });
}
