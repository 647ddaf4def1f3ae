import type { IndexedName, PlaceIndex } from './createPlaceIndex.ts';
import {
  COUNTRY_BOUNDARY_BEFORE,
  EVENT_AFTER,
  GOVERNMENT_AFTER,
  INSTITUTION_AFTER,
  LANDMARK_AFTER,
  NAMED_AFTER,
  OFFICE_AFTER,
  OFFICIAL_AFTER,
  ORIGIN_AFTER,
  LIST_SEPARATOR,
  ORIGIN_BEFORE,
  PARTY_AFTER,
  PARTY_BEFORE,
  PERSON_AFTER,
  PRODUCT_AFTER,
  PRODUCT_FIRST_CHARS,
  ROAD_AFTER,
  STEM_BOUNDARY_AFTER,
  TEAM_AFTER,
} from './distractors.ts';
import { codesOf } from '../text/codeTable.ts';
import { extendLocal } from './extendLocal.ts';
import { agencyTagLength, locationCue, type LocationCue } from './locationCue.ts';
import {
  isForeignCandidate as isForeign,
  isWithin,
  mapReadings,
  withStrength,
  type PlaceCandidate,
} from './placeCandidate.ts';
import type { TrieMatch } from './nameTrie.ts';

/** A place name found in the text with every reading that survived the context checks. */
export interface Mention {
  start: number;
  end: number;
  candidates: readonly PlaceCandidate[];
  cue: LocationCue;
  /** False when every reading needs a location word first (bare county stems, townships, organisation names). */
  strong: boolean;
  /** Part of a name (南开大学, 湖南卫视): may open a phrase after a location word, never narrows a chain. */
  named: boolean;
  /** Part of an event's name (巴黎奥运会): the place only when nothing else in the caption is. */
  eventName: boolean;
  /** A Chinese place's government (台中市政府, 福建省委): the place when nothing else, not even an event, is. */
  government: boolean;
  /**
   * Some reading is a division: asked of the phrase's first name, and kept per stored name, since a name with many
   * readings (27 towns are called 新华街道) would otherwise be walked reading by reading, each a cache miss.
   */
  anyDivision: boolean;
}

/** A name ending in a unit word (北京市, 鼓楼区) is not the bare name a road takes: its last character, by code. */
const UNIT_SUFFIX_CODES = new Set(Array.from('省市县区旗州盟', (ch) => ch.charCodeAt(0)));

const isCandidate = (v: IndexedName): v is PlaceCandidate => !('blocker' in v);
const isLocalOnly = (values: readonly IndexedName[]): boolean =>
  values.every((v) => isCandidate(v) && (v.entry.kind === 'township' || v.entry.kind === 'village'));
const isDivision = (c: PlaceCandidate): boolean => c.entry.kind === 'division';
const isBareCountyStem = (c: PlaceCandidate): boolean =>
  c.entry.kind === 'division' && c.entry.level === 'county' && c.entry.form === 'alias' && !c.strong;

const uniqueByKey = (candidates: readonly PlaceCandidate[]): readonly PlaceCandidate[] => {
  if (candidates.length < 2) return candidates; // the usual case: no Set needed
  const seen = new Set<string>();
  return candidates.filter((c) => (seen.has(c.key) ? false : (seen.add(c.key), true)));
};

/**
 * What a stored name's readings are, whatever the caption: a name such as 城关镇 has hundreds of readings, scattered
 * over the heap, and walking them for these answers at every mention was a good part of the scan. They depend on
 * the index entry alone, so each is worked out the first time the name is met and kept beside it.
 */
interface NameFacts {
  /** Some reading blocks the name (a blocker such as 上海合作组织). */
  blocked: boolean;
  /** Every reading is a township or village. */
  localOnly: boolean;
  /** Some reading is strong, or a blocker. */
  strongReading: boolean;
  /** Some reading is a strong site or a strong province or prefecture (pickMatch's wider name). */
  widerReading: boolean;
  /** The readings that are places, in index order. */
  all: readonly PlaceCandidate[];
  anyForeign: boolean;
  anyBareStem: boolean;
  /** `all` without its bare county stems (shared, never changed): what is left when the stems are dropped. */
  allButBareStems: readonly PlaceCandidate[];
  /** `all` without repeated keys (first kept), and whether any of those is strong. Shared: never changed. */
  unique: readonly PlaceCandidate[];
  uniqueStrong: boolean;
  /** Some reading of `unique` is a division. */
  uniqueDivision: boolean;
}

const factsByName = new WeakMap<readonly IndexedName[], NameFacts>();

const factsOf = (values: readonly IndexedName[]): NameFacts => {
  const known = factsByName.get(values);
  if (known) return known;
  const all = values.filter(isCandidate);
  const unique = uniqueByKey(all);
  const facts: NameFacts = {
    blocked: values.some((v) => !isCandidate(v)),
    localOnly: isLocalOnly(values),
    strongReading: values.some((v) => !isCandidate(v) || v.strong),
    widerReading: values.some(
      (v) =>
        isCandidate(v) &&
        v.strong &&
        (v.entry.kind === 'site' || (v.entry.kind === 'division' && v.entry.level !== 'county')),
    ),
    all,
    anyForeign: all.some(isForeign),
    anyBareStem: all.some(isBareCountyStem),
    allButBareStems: all.filter((c) => !isBareCountyStem(c)),
    unique,
    uniqueStrong: unique.some((c) => c.strong),
    uniqueDivision: unique.some(isDivision),
  };
  factsByName.set(values, facts);
  return facts;
};

/**
 * The name to take at one position, as an index into `matches`: the longest, except that a township name starting
 * with a prefecture or province name (黄山风景区) yields to that name, which says more. `longestFacts` are the
 * longest match's (the caller has them already: each lookup is a WeakMap probe).
 */
function pickMatch(matches: readonly TrieMatch<IndexedName>[], longestFacts: NameFacts): number {
  const last = matches.length - 1;
  if (!longestFacts.localOnly) return last;
  for (let k = last; k >= 0; k--) if (factsOf(matches[k].values).widerReading) return k;
  return last;
}

const hasStrongReading = (match: TrieMatch<IndexedName>): boolean => factsOf(match.values).strongReading;

/**
 * Whether a strong name starts inside [start, start + length) and runs past its end, and the name that starts right
 * at the end does not reach as far: 高铁西九龙站 yields to 西九龙站, but 漠河北极村 reads 漠河 + 北极村, not 河北 + 极村.
 */
function overlapsStrongerName(text: string, start: number, length: number, index: PlaceIndex): boolean {
  const end = start + length;
  for (let j = start + 1; j < end; j++) {
    const later = index.trie.matchesAt(text, j);
    for (const m of later) {
      if (j + m.length > end && hasStrongReading(m) && !nameReaches(text, end, j + m.length, index)) return true;
    }
  }
  return false;
}

/** Whether a name starting at `from` reaches `to` or beyond. */
const nameReaches = (text: string, from: number, to: number, index: PlaceIndex): boolean =>
  index.trie.matchesAt(text, from).some((m) => from + m.length >= to);

/**
 * Whether a name starting at `end` lies in the county a stem names (井冈山茅坪乡, 漠河北极村) or is no place of its own
 * (a blocker); a place elsewhere (九龍尖沙咀: 尖沙咀 is in Hong Kong, not in 四川's 九龙县) says the stem is not that
 * county.
 */
function nextNameFits(text: string, index: PlaceIndex, end: number, stemFacts: NameFacts): boolean {
  const next = index.trie.matchesAt(text, end);
  if (next.length === 0) return false;
  for (const m of next) {
    const facts = factsOf(m.values);
    if (facts.blocked) return true;
    for (const c of facts.all) {
      for (const stem of stemFacts.all) if (isBareCountyStem(stem) && isWithin(c, stem)) return true;
    }
  }
  return false;
}

/** A bare stem right after another place (江苏昆山) is in a chain; elsewhere it must end where a word ends. */
function stemStandsAlone(
  text: string,
  index: PlaceIndex,
  mentions: readonly Mention[],
  start: number,
  end: number,
  after: string,
  facts: NameFacts,
): boolean {
  return (
    mentions[mentions.length - 1]?.end === start ||
    STEM_BOUNDARY_AFTER.test(after) ||
    nextNameFits(text, index, end, facts) ||
    extendLocal(text, end) - end >= 3 // a named local unit (骆驼湾村), not a word such as 水乡
  );
}

/** The first characters PRODUCT_AFTER can match, by code: most names are followed by none of them. */
const PRODUCT_FIRST = codesOf(PRODUCT_FIRST_CHARS);

/** A unit word after a bare county stem, not the start of 市场 or 区域. */
const FORMER_UNIT_AFTER = /^[县市区旗](?![场域])/u;
/**
 * After a bare county stem: a competition zone, a stretch or the old town named after the county (延庆赛区, 长江巫山段,
 * 阆中古城).
 */
const SECTION_AFTER = /^(?:赛区|段(?![落位子])|古城)/u;
const SECTION_FIRST = codesOf('赛段古');
/** A stem's readings as a former name: the county stems only, each as strong as a full name. */
const formerNames = (all: readonly PlaceCandidate[]): PlaceCandidate[] =>
  mapReadings(all.filter(isBareCountyStem), (c) => withStrength(c, true));

/** Every reading, the bare county stems as strong as a full name (长沙段 is still 长沙市 first, which holds 长沙县). */
const stemsMadeStrong = (all: readonly PlaceCandidate[]): PlaceCandidate[] =>
  mapReadings(all, (c) => (isBareCountyStem(c) ? withStrength(c, true) : c));

/**
 * Whether the name follows a place that holds one of its readings, with nothing between (桂林阳朔西街): then a street
 * word after it names a street in it, not a road named after it elsewhere (北京路 in 广州).
 */
function insidePrevious(mentions: readonly Mention[], start: number, facts: NameFacts): boolean {
  const previous = mentions[mentions.length - 1];
  if (previous?.end !== start) return false;
  return facts.all.some((c) => previous.candidates.some((p) => isWithin(c, p)));
}

/** Whether a name at `start` follows the origin ending at `originEnd` directly (四川成都) or as a list (湖南、湖北). */
const continuesOrigin = (text: string, originEnd: number, start: number): boolean =>
  start === originEnd || (start - originEnd <= 2 && LIST_SEPARATOR.test(text.slice(originEnd, start)));

/**
 * Scan the text left to right taking the longest name at each position (so 湘西土家族苗族自治州 beats 湘西, and
 * 上海合作组织 hides 上海), then drop or weaken readings by their surroundings: roads, origins, nationalities,
 * landmarks, organisations, offices and meeting parties.
 */
export function findMentions(text: string, index: PlaceIndex): Mention[] {
  const mentions: Mention[] = [];
  /** Where the last origin (来自湖南) ends: a place listed or chained right after it is an origin too. */
  let originEnd = -1;
  /** An agency tag in front of a dateline (新华社照片，海口，…): see locationCue. */
  const tagLength = agencyTagLength(text);
  let i = 0;
  while (i < text.length) {
    const matches = index.trie.matchesAt(text, i);
    if (matches.length === 0) {
      i++;
      continue;
    }
    const longestFacts = factsOf(matches[matches.length - 1].values);
    const picked = pickMatch(matches, longestFacts);
    const match = matches[picked];
    const facts = picked === matches.length - 1 ? longestFacts : factsOf(match.values);
    if (!facts.strongReading && overlapsStrongerName(text, i, match.length, index)) {
      i++; // 高铁西九龙站: the weak 铁西 must not swallow the start of the site 西九龙站
      continue;
    }
    const start = i;
    const end = i + match.length;
    i = end;
    if (facts.blocked) continue;
    const before = text.slice(Math.max(0, start - 5), start);
    const after = text.slice(end, end + 8);
    // Roads take the bare name (北京路, 南京东路); 鼓楼区东街街道 is a district and a township.
    const bare = !UNIT_SUFFIX_CODES.has(text.charCodeAt(end - 1));
    if ((bare && ROAD_AFTER.test(after) && !insidePrevious(mentions, start, facts)) || ORIGIN_AFTER.test(after))
      continue;
    if (ORIGIN_BEFORE.test(before) || (originEnd >= 0 && continuesOrigin(text, originEnd, start))) {
      originEnd = end;
      continue;
    }

    // 萧山市, 溧水县, 双流县: a county's stem with another unit word is its former name (before it became a district
    // or a city), as safe as a full name: the stems alone, strong, the unit word in the span.
    const suffixed = facts.anyBareStem && bare && FORMER_UNIT_AFTER.test(after);
    const mentionEnd = suffixed ? end + 1 : end;
    if (suffixed) i = mentionEnd;
    const rest = suffixed ? after.slice(1) : after;

    // The tests below that only foreign readings or bare stems use are skipped for names with none (most).
    const { all, anyForeign } = facts;
    const official = anyForeign && OFFICIAL_AFTER.test(rest);
    const landmark = !suffixed && facts.anyBareStem && LANDMARK_AFTER.test(after);
    // With no official foreign reading and no bare stem every reading stays (then the name's own facts hold).
    // The bare stems go together, by the name's own list (asked once per name, not reading by reading); no stem is
    // foreign, so the order of the two drops does not matter.
    // 延庆赛区, 巫山段, 阆中古城: the county's stem names a part of the county, as surely as a full name.
    // 福建土楼（南靖）: a stem alone in brackets says where the thing before it is.
    const section =
      !suffixed &&
      facts.anyBareStem &&
      bare &&
      ((SECTION_FIRST[after.charCodeAt(0)] === 1 && SECTION_AFTER.test(after)) ||
        (text.charCodeAt(start - 1) === 0xff08 && text.charCodeAt(end) === 0xff09));
    const dropStems =
      !suffixed &&
      !section &&
      facts.anyBareStem &&
      (landmark || !stemStandsAlone(text, index, mentions, start, end, after, facts));
    const kept = suffixed ? formerNames(all) : section ? stemsMadeStrong(all) : dropStems ? facts.allButBareStems : all;
    const filtered = official ? kept.filter((c) => !isForeign(c)) : facts.anyBareStem ? kept : null;
    if (filtered?.length === 0) continue;

    const eventName = EVENT_AFTER.test(rest);
    const named =
      NAMED_AFTER.test(rest) ||
      eventName ||
      (PRODUCT_FIRST[rest.charCodeAt(0)] === 1 && PRODUCT_AFTER.test(rest)) ||
      (rest.includes('队') && TEAM_AFTER.test(rest));
    const office = !named && OFFICE_AFTER.test(rest);
    const weakened = named || office;
    const government = office && !anyForeign && GOVERNMENT_AFTER.test(rest);
    const party = anyForeign && (PARTY_AFTER.test(rest) || PARTY_BEFORE.test(before));
    // A two-character country inside a word (立法国家, 每日本地) needs a location word to count.
    const inWord = anyForeign && end - start === 2 && !COUNTRY_BOUNDARY_BEFORE.test(before);
    const unique = filtered ? uniqueByKey(filtered) : facts.unique;
    // Readings are weakened only by what follows or precedes; when nothing does, they are the name's own.
    const weakens = weakened || party || inWord;
    const candidates = weakens
      ? mapReadings(unique, (c) =>
          c.strong && (weakened || (isForeign(c) && (party || (inWord && c.entry.kind === 'country'))))
            ? withStrength(c, false)
            : c,
        )
      : unique;
    const strong = weakens || filtered ? candidates.some((c) => c.strong) : facts.uniqueStrong;
    let cue = locationCue(text, start, tagLength);
    // At the caption's start a name weakened by what follows does not open the phrase (湖南卫视, 北京大学教授), nor
    // does one that starts an institution's name (北京协和医院专家): it stays strong, for a caption that has no other.
    const partyAbroad = party && !strong && candidates.some(isForeign);
    if (
      cue === 'caption-start' &&
      (weakened || partyAbroad || PERSON_AFTER.test(rest) || INSTITUTION_AFTER.test(rest))
    ) {
      cue = null;
    }
    // Weakening keeps each reading's entry: only a filtered list needs asking again.
    const anyDivision = filtered ? candidates.some(isDivision) : facts.uniqueDivision;
    mentions.push({ start, end: mentionEnd, candidates, cue, strong, named, eventName, government, anyDivision });
  }
  return mentions;
}
