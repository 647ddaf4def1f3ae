import type { Division } from '../../../src/model/gazetteer.ts';
import { fail, ok, type Result } from '../../../src/model/result.ts';
import type { PlaceFailure, PlaceSpec } from '../place/placeSpec.ts';
import { NO_PLACE } from '../place/placeOfSpec.ts';
import type { EnglishPlaceIndex } from './createEnglishPlaceIndex.ts';
import { JOINING_WORDS } from './englishWords.ts';
import { findEnglishMentions, type EnglishMention } from './findEnglishMentions.ts';

const LEVEL_RANK = { province: 0, prefecture: 1, county: 2 } as const;
/** How far apart two names of one place may stand (`Huozhou City, north China's Shanxi Province`). */
const MAX_JOIN_GAP = 48;

/**
 * The place of an English caption (credits blanked): the first name after a location word (`in`, `at`, `visit`) or
 * at the start, else the first strong name, else an event's city; with the names that follow it as parts of one
 * address (`Dingri County in Xigaze in southwestern China's Tibet Autonomous Region`), resolved by parent-chain
 * consistency (a county only inside the province named), then narrowed by any site or name elsewhere that lies
 * inside it (`the Potala Palace in Lhasa` → 城关区). A name several units share with nothing to choose between them
 * gives only their shared level and the candidates in `ambiguous`, or `ambiguous-place`.
 */
export const resolveEnglishPlace = (text: string, index: EnglishPlaceIndex): Result<PlaceSpec, PlaceFailure> => {
  const mentions = findEnglishMentions(text, index);
  const usable = mentions.filter((m) => m.role === 'place' && m.cue !== 'origin');
  const primary =
    usable.find((m) => m.cue === 'location' || m.cue === 'start') ??
    usable.find((m) => isStrong(m, index)) ??
    mentions.find((m) => m.role === 'event' && m.cue !== 'origin');
  if (!primary) return fail('no-place', 'no place name in the English caption');
  const group = [primary];
  for (const next of usable) {
    const last = group[group.length - 1];
    if (next.index < last.end) continue;
    if (!joins(text.slice(last.end, next.index))) break;
    group.push(next);
  }
  const rules = [`place:english-${primary.role === 'event' ? 'event' : (primary.cue ?? 'strong')}`];
  const span = { index: group[0].index, length: group[group.length - 1].end - group[0].index };

  if (primary.entries.every((entry) => entry.kind === 'foreign')) {
    const city = group.flatMap((m) => m.entries).find((entry) => entry.kind === 'foreign' && entry.city !== null);
    const country = primary.entries[0];
    const foreign =
      city && city.kind === 'foreign' ? city.country + (city.city ?? '') : (country as { country: string }).country;
    return ok({ ...NOTHING, foreign, rules: [...rules, 'place:english-foreign'], ...span });
  }

  const others = usable.filter((m) => !group.includes(m));
  const choice = chooseDivision(group, others, index);
  if (!choice.ok) return choice;
  let code = choice.value.code;
  // A site or name elsewhere in the caption that lies inside the place narrows it (`Potala Palace … in Lhasa`).
  const narrowed = narrowest(
    code,
    others.flatMap((m) => codesOf(m, index)),
    index,
  );
  if (narrowed !== code) {
    rules.push('place:english-narrowed');
    code = narrowed;
  }
  if (group.length > 1) rules.push('place:english-chain');
  return ok(specOf(index.gazetteer.chain(code), choice.value.ambiguous, [...rules, ...choice.value.rules], span));
};

const NOTHING: Omit<PlaceSpec, 'rules' | 'index' | 'length'> = { ...NO_PLACE, ambiguous: [] };

/** A name that may stand for the place without a location word: a unit word, a province, a prefecture, a site. */
const isStrong = (m: EnglishMention, index: EnglishPlaceIndex): boolean =>
  m.unit !== null ||
  m.entries.some((entry) => entry.kind !== 'division' || index.gazetteer.byCode(entry.code)?.level !== 'county');

/** Only commas, brackets, `'s` and words like `in`, `of`, `north`, `China's`, `capital` between two names. */
const joins = (gap: string): boolean => {
  if (gap.length > MAX_JOIN_GAP || /[^A-Za-z'\s,()]/.test(gap)) return false;
  return (gap.match(/[A-Za-z]+/g) ?? []).every((word) => JOINING_WORDS.has(word.toLowerCase()));
};

const isWithin = (inner: string, outer: string, index: EnglishPlaceIndex): boolean =>
  index.gazetteer.chain(inner).some((division) => division.code === outer);

/**
 * The division codes a mention may stand for. A bare name that is a province is the province (`Hainan`, `Jilin`); a
 * bare name whose readings nest is the one containing the others (`Altay` → the prefecture, not its city).
 */
const codesOf = (m: EnglishMention, index: EnglishPlaceIndex): string[] => {
  const codes = [...new Set(m.entries.flatMap((entry) => (entry.kind === 'foreign' ? [] : [entry.code])))];
  if (m.unit !== null || codes.length < 2) return codes;
  const province = codes.find((code) => index.gazetteer.byCode(code)?.level === 'province');
  if (province) return [province];
  const container = codes.find((outer) => codes.every((inner) => isWithin(inner, outer, index)));
  return container ? [container] : codes;
};

const levelOf = (code: string, index: EnglishPlaceIndex): number =>
  LEVEL_RANK[index.gazetteer.byCode(code)?.level ?? 'province'];

/**
 * The division the names of one address agree on: the reading that the most names contain (each name counts when
 * one of its readings is that division or above it), the finest such reading when they nest. Readings that tie are
 * settled by a single coarsest one (a name that stands on its own beats a county of another province); otherwise
 * their shared ancestors are the answer and all of them are reported.
 */
const chooseDivision = (
  group: readonly EnglishMention[],
  others: readonly EnglishMention[],
  index: EnglishPlaceIndex,
): Result<{ code: string; ambiguous: string[]; rules: string[] }, PlaceFailure> => {
  const readings = group.map((m) => codesOf(m, index)).filter((codes) => codes.length > 0);
  const candidates = [...new Set(readings.flat())];
  if (candidates.length === 0) return fail('no-place', 'no place in China named');
  const scoreOf = (code: string): number =>
    readings.filter((codes) => codes.some((reading) => isWithin(code, reading, index))).length;
  let best: string[] = [];
  let bestScore = 0;
  for (const code of candidates) {
    const score = scoreOf(code);
    if (score > bestScore) [best, bestScore] = [[code], score];
    else if (score === bestScore) best.push(code);
  }
  // Among readings that tie, one that contains another adds nothing: keep the finest of each line.
  best = best.filter((code) => !best.some((other) => other !== code && isWithin(other, code, index)));
  if (best.length === 1) return ok({ code: best[0], ambiguous: [], rules: [] });
  // Names elsewhere in the caption settle a tie when they lie on one reading's line only (`the Yiwu International
  // Trade City in Yiwu, Zhejiang province`: Zhejiang is on the line of 义乌, not of Xinjiang's 伊吾).
  const elsewhere = others.map((m) => codesOf(m, index)).filter((codes) => codes.length > 0);
  const supportOf = (code: string): number =>
    elsewhere.filter((codes) => codes.some((other) => isWithin(code, other, index) || isWithin(other, code, index)))
      .length;
  const support = best.map(supportOf);
  const most = Math.max(...support);
  if (most > 0 && support.filter((count) => count === most).length === 1) {
    return ok({ code: best[support.indexOf(most)], ambiguous: [], rules: ['place:english-settled-elsewhere'] });
  }
  const coarsest = Math.min(...best.map((code) => levelOf(code, index)));
  const atCoarsest = best.filter((code) => levelOf(code, index) === coarsest);
  if (atCoarsest.length === 1 && best.some((code) => levelOf(code, index) > coarsest)) {
    return ok({ code: atCoarsest[0], ambiguous: [], rules: ['place:english-stands-alone'] });
  }
  const chains = best.map((code) => index.gazetteer.chain(code));
  const shared = chains[0].filter((division) => chains.every((chain) => chain.some((d) => d.code === division.code)));
  if (shared.length === 0) {
    return fail('ambiguous-place', `the name stands for several places with nothing in common: ${best.join(', ')}`);
  }
  return ok({ code: shared[shared.length - 1].code, ambiguous: best, rules: ['place:english-shared-level'] });
};

/** The finest of the codes that lie inside `code` (and on one line: two different counties leave it as it is). */
const narrowest = (code: string, others: readonly string[], index: EnglishPlaceIndex): string => {
  const inside = others.filter((other) => other !== code && isWithin(other, code, index));
  if (inside.length === 0) return code;
  const finest = inside.reduce((a, b) => (levelOf(b, index) > levelOf(a, index) ? b : a));
  return inside.every((other) => isWithin(finest, other, index)) ? finest : code;
};

const refOf = (division: Division | undefined) => (division ? { code: division.code, name: division.name } : null);

const specOf = (
  chain: readonly Division[],
  ambiguous: string[],
  rules: string[],
  span: { index: number; length: number },
): PlaceSpec => {
  const province = chain.find((d) => d.level === 'province');
  const prefecture = chain.find((d) => d.level === 'prefecture');
  const county = chain.find((d) => d.level === 'county');
  const pointed = [...chain].reverse().find((d) => d.point !== null);
  return {
    province: refOf(province),
    prefecture: refOf(prefecture),
    county: refOf(county),
    local: null,
    foreign: null,
    point: pointed?.point ?? null,
    pointLevel: pointed?.level ?? null,
    ambiguous,
    rules,
    ...span,
  };
};
