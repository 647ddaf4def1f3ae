import type { DivisionLevel } from '../../../src/model/gazetteer.ts';

/**
 * What a name found in the text can stand for. One name may stand for several entries (鼓楼区 → 4 divisions).
 * `anchor` is the finest division code the entry pins (a township's county, a site's county or prefecture).
 */
export type PlaceEntry =
  | {
      kind: 'division';
      code: string;
      level: DivisionLevel;
      /** 'name': the official full name; 'alias': a short or former name from the gazetteer. */
      form: 'name' | 'alias';
    }
  | { kind: 'township'; code: string; anchor: string; former: boolean }
  | { kind: 'village'; code: string; anchor: string }
  | { kind: 'site'; name: string; anchor: string; zone: boolean }
  | { kind: 'country'; country: string }
  | { kind: 'city'; country: string; city: string }
  /** A name that contains a place name but is not a place (上海合作组织, 北京时间): it hides what is inside it. */
  | { kind: 'blocker'; why: string };

export type PlaceEntryKind = PlaceEntry['kind'];

/** Every field any kind of entry has, in one order: the shape all entries share at run time. */
const blankEntry = () => ({
  kind: '',
  code: '',
  level: '',
  form: '',
  anchor: '',
  former: false,
  name: '',
  zone: false,
  country: '',
  city: '',
  why: '',
});

/**
 * The entry as an object of the one shape every entry has (its kind's fields set, the others blank): code that asks
 * `entry.kind` of entries of six kinds then sees one object shape instead of six, which V8 handles as a slow generic
 * lookup and recompiles for.
 */
export const uniformEntry = <E extends PlaceEntry>(entry: E): E => Object.assign(blankEntry(), entry) as unknown as E;
