import type { AtlasEvent } from '../model/event.ts';
import type { Division, Gazetteer } from '../model/gazetteer.ts';
import { fail, ok, type Result } from '../model/result.ts';
import type { EventTable } from './eventTable.ts';
import { partialDateSpan } from './chinaTime.ts';
import { createInterner } from './createInterner.ts';
import { createPseudoCodes } from './pseudoCodes.ts';
import { codeString, createColumns, freezeColumns, type TableColumns } from './tableColumns.ts';

/** One event of the benchmark harness's workload (/work/shared/bench/peers/README.md): names, not codes. */
export interface BenchEvent {
  id: number | string;
  t: string;
  date: string;
  caption: string;
  province: string;
  city: string;
  county: string;
  lng: number;
  lat: number;
  thumb: string;
  post: string;
}

/** The gazetteer lookups the converter needs; without one, names get pseudo-codes (see pseudoCodes.ts). */
export type NameLookup = Pick<Gazetteer, 'lookup' | 'byCode'>;

const DAY_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Why row i is not a benchmark event, or null when it is. Checked by hand: zod over 100k rows costs a second. */
function benchRowProblem(row: unknown): string | null {
  if (typeof row !== 'object' || row === null) return 'is not an object';
  const r = row as Record<string, unknown>;
  if (typeof r.id !== 'number' && typeof r.id !== 'string') return 'has no id';
  if (typeof r.date !== 'string' || !DAY_DATE.test(r.date)) return `has no YYYY-MM-DD date (${String(r.date)})`;
  for (const key of ['caption', 'province', 'city', 'county', 'thumb', 'post'] as const) {
    if (typeof r[key] !== 'string') return `has no ${key} text`;
  }
  return null;
}

/** Whether a parsed JSON value looks like the benchmark's format (an array) rather than events.json (an object). */
export const isBenchPayload = (json: unknown): json is unknown[] => Array.isArray(json);

/**
 * Converts the benchmark's events into the table. Place names become codes through the gazetteer when one is given
 * (province by name, then the city among that province's units, then the county among the city's), else through
 * stable pseudo-codes; each row keeps only its post and thumbnail (shared: a post holds many photos).
 */
export function benchEventsToTable(rows: readonly unknown[], gazetteer?: NameLookup): Result<EventTable> {
  for (let i = 0; i < rows.length; i++) {
    const problem = benchRowProblem(rows[i]);
    if (problem) return fail('bad-bench-event', `Benchmark event ${i} ${problem}.`);
  }
  const parts = readBenchRows(rows as readonly BenchEvent[], gazetteer);
  return ok(freezeColumns(parts.columns, benchMaterialiser(parts)));
}

interface BenchParts {
  columns: TableColumns;
  post: string[];
  thumb: string[];
  written: string[];
  names: Map<number, string>;
}

/**
 * Copies what the table keeps out of the parsed rows. A function of its own, on purpose: a closure that sees the
 * rows would keep the whole parsed JSON alive for as long as the table lives (V8 shares one context per scope).
 */
function readBenchRows(events: readonly BenchEvent[], gazetteer: NameLookup | undefined): BenchParts {
  const size = events.length;
  const columns = createColumns(size);
  const intern = createInterner<string>();
  const post = new Array<string>(size);
  const thumb = new Array<string>(size);
  const written = new Array<string>(size);
  const names = new Map<number, string>();
  const resolvePlace = placeResolver(gazetteer, names);

  // Dates repeat (many photos a day): each distinct one is parsed once.
  const spans = new Map<string, [number, number]>();
  const spanOf = (date: string) => {
    let span = spans.get(date);
    if (!span) spans.set(date, (span = partialDateSpan(date)));
    return span;
  };
  const t0s = new Float64Array(size);
  let sorted = true;
  for (let i = 0; i < size; i++) {
    t0s[i] = spanOf(events[i].date)[0];
    if (i > 0 && t0s[i - 1] > t0s[i]) sorted = false;
  }
  const order = Uint32Array.from({ length: size }, (_, i) => i);
  if (!sorted) order.sort((a, b) => t0s[a] - t0s[b]);

  for (let row = 0; row < size; row++) {
    const e = events[order[row]];
    const [t0, t1] = spanOf(e.date);
    const [province, prefecture, county] = resolvePlace(e.province, e.city, e.county);
    columns.ids[row] = String(e.id);
    columns.t0[row] = t0;
    columns.t1[row] = t1;
    columns.province[row] = province;
    columns.prefecture[row] = prefecture;
    columns.county[row] = county;
    if (Number.isFinite(e.lng) && Number.isFinite(e.lat)) {
      columns.lon[row] = e.lng;
      columns.lat[row] = e.lat;
      columns.pointLevel[row] = county ? 3 : prefecture ? 2 : province ? 1 : 0;
    }
    columns.captions[row] = e.caption;
    written[row] = intern(e.date, () => e.date);
    post[row] = intern(e.post, () => e.post);
    thumb[row] = intern(e.thumb, () => e.thumb);
  }
  return { columns, post, thumb, written, names };
}

function benchMaterialiser({ columns, post, thumb, written, names }: BenchParts): (row: number) => AtlasEvent {
  const ref = (code: number) => {
    const text = codeString(code);
    return text === null ? null : { code: text, name: names.get(code) ?? text };
  };
  return (row) => {
    const lon = columns.lon[row];
    return {
      id: columns.ids[row],
      kind: 'caption',
      date: { start: written[row], end: null, precision: 'day', written: written[row] },
      t0: columns.t0[row],
      t1: columns.t1[row],
      who: [],
      where: {
        province: ref(columns.province[row]),
        prefecture: ref(columns.prefecture[row]),
        county: ref(columns.county[row]),
        local: null,
        foreign: null,
        point: Number.isNaN(lon) ? null : [lon, columns.lat[row]],
        pointLevel: (['province', 'prefecture', 'county'] as const)[columns.pointLevel[row] - 1] ?? null,
      },
      what: columns.captions[row],
      caption: columns.captions[row],
      photos: [{ src: thumb[row], width: null, height: null }],
      sources: [{ path: post[row], title: post[row], date: null, url: post[row] }],
      confidence: 1,
      rules: ['bench-format'],
    };
  };
}

/** Memoised name chain → [province, prefecture, county] codes, recording each code's name for the detail panel. */
function placeResolver(gazetteer: NameLookup | undefined, names: Map<number, string>) {
  const pseudo = createPseudoCodes();
  const memo = new Map<string, [number, number, number]>();
  const within = (candidates: Division[], parent: string | null) =>
    candidates.find((d) => parent !== null && d.parent === parent) ?? null;

  return (provinceName: string, cityName: string, countyName: string): [number, number, number] => {
    const key = `${provinceName}|${cityName}|${countyName}`;
    const known = memo.get(key);
    if (known) return known;
    const province = gazetteer?.lookup(provinceName).find((d) => d.level === 'province') ?? null;
    const cityCandidates = province && gazetteer ? gazetteer.lookup(cityName) : [];
    const city = province
      ? within(
          cityCandidates.filter((d) => d.level === 'prefecture'),
          province.code,
        )
      : null;
    // A municipality names itself as the city (北京市 / 北京市 / 朝阳区): its districts hang off the province.
    const cityIsProvince = province !== null && cityCandidates.some((d) => d.code === province.code);
    // A county-level unit named as the city (敦煌市, or a municipality's district): the "county" is then a township.
    const cityAsCounty =
      province && !city && !cityIsProvince
        ? (cityCandidates.find((d) => d.level === 'county' && d.code.slice(0, 2) === province.code.slice(0, 2)) ?? null)
        : null;
    const countyParent = city?.code ?? province?.code ?? null;
    const county =
      cityAsCounty ?? (countyParent && gazetteer ? within(gazetteer.lookup(countyName), countyParent) : null);
    const countyPrefecture =
      cityAsCounty?.parent && cityAsCounty.parent !== province?.code
        ? gazetteer?.byCode(cityAsCounty.parent)
        : undefined;
    const prefecture = city ?? countyPrefecture ?? null;

    const p = province ? Number(province.code) : pseudo.province(provinceName);
    const c = prefecture
      ? Number(prefecture.code)
      : cityName && !cityIsProvince && !cityAsCounty
        ? pseudo.prefecture(p, cityName)
        : 0;
    const x = county ? Number(county.code) : countyName ? pseudo.county(c || p, countyName) : 0;
    names.set(p, province?.name ?? provinceName);
    if (c) names.set(c, prefecture?.name ?? cityName);
    if (x) names.set(x, county?.name ?? countyName);
    const codes: [number, number, number] = [p, c, x];
    memo.set(key, codes);
    return codes;
  };
}
