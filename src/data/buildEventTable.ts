import type { AtlasEvent, DivisionRef, EventDate, Photo, Place, Source } from '../model/event.ts';
import type { EventTable } from './eventTable.ts';
import { PRECISIONS } from './eventTable.ts';
import { createInterner } from './createInterner.ts';
import { codeNumber, codeString, createColumns, freezeColumns } from './tableColumns.ts';

const POINT_LEVELS = [null, 'province', 'prefecture', 'county'] as const;

/** Row order sorted by t0 then id, as events.json promises; re-sorted here only when a file breaks the promise. */
function sortedOrder(events: readonly AtlasEvent[]): number[] {
  const order = events.map((_, i) => i);
  const sorted = events.every((e, i) => i === 0 || events[i - 1].t0 <= e.t0);
  if (!sorted) order.sort((a, b) => events[a].t0 - events[b].t0 || (events[a].id < events[b].id ? -1 : 1));
  return order;
}

/**
 * Builds the columnar table from validated events. The nested records are not kept: each row keeps its columns
 * plus the few fields only the detail panel needs, with repeated values (sources, people, dates as written, names)
 * shared, and event(i) reassembles the record on demand.
 */
export function buildEventTable(events: readonly AtlasEvent[]): EventTable {
  const size = events.length;
  const columns = createColumns(size);
  const intern = createInterner<unknown>();
  const internString = (s: string) => intern(`s\u0000${s}`, () => s) as string;
  const names = new Map<number, string>();
  const written = new Array<string>(size);
  const dateStart = new Array<string>(size);
  const dateEnd = new Array<string | null>(size);
  const what = new Array<string>(size);
  const who = new Array<readonly string[]>(size);
  const local = new Array<string | null>(size);
  const foreignName = new Array<string | null>(size);
  const photos = new Array<readonly Photo[]>(size);
  const sources = new Array<readonly Source[]>(size);
  const rules = new Array<readonly string[]>(size);
  const confidence = new Float32Array(size);
  const ambiguous = new Map<number, string[]>();

  const rememberName = (ref: DivisionRef | null) => {
    if (ref) names.set(Number(ref.code), ref.name);
    return codeNumber(ref?.code);
  };

  sortedOrder(events).forEach((source, row) => {
    const e = events[source];
    columns.ids[row] = e.id;
    columns.t0[row] = e.t0;
    columns.t1[row] = e.t1;
    columns.precision[row] = PRECISIONS.indexOf(e.date.precision);
    columns.kind[row] = e.kind === 'caption' ? 0 : 1;
    columns.province[row] = rememberName(e.where.province);
    columns.prefecture[row] = rememberName(e.where.prefecture);
    columns.county[row] = rememberName(e.where.county);
    columns.foreign[row] = e.where.foreign ? 1 : 0;
    if (e.where.point) {
      columns.lon[row] = e.where.point[0];
      columns.lat[row] = e.where.point[1];
    }
    columns.pointLevel[row] = POINT_LEVELS.indexOf(e.where.pointLevel);
    columns.captions[row] = e.caption;
    written[row] = internString(e.date.written);
    dateStart[row] = internString(e.date.start);
    dateEnd[row] = e.date.end === null ? null : internString(e.date.end);
    what[row] = e.what;
    who[row] = intern(`w\u0000${e.who.join('\u0001')}`, () => e.who) as string[];
    local[row] = e.where.local === null ? null : internString(e.where.local);
    foreignName[row] = e.where.foreign === null ? null : internString(e.where.foreign);
    photos[row] = e.photos.length === 0 ? [] : e.photos;
    sources[row] = intern(`p\u0000${JSON.stringify(e.sources)}`, () => e.sources) as Source[];
    rules[row] = intern(`r\u0000${e.rules.join('\u0001')}`, () => e.rules) as string[];
    confidence[row] = e.confidence;
    if (e.where.ambiguous) ambiguous.set(row, e.where.ambiguous);
  });

  const ref = (code: number): DivisionRef | null => {
    const text = codeString(code);
    return text === null ? null : { code: text, name: names.get(code) ?? text };
  };
  const rounded = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;

  return freezeColumns(columns, (row) => {
    const precision = PRECISIONS[columns.precision[row]];
    const date: EventDate = {
      start: dateStart[row],
      end: dateEnd[row],
      precision,
      written: written[row],
    };
    const hasPoint = !Number.isNaN(columns.lon[row]);
    const where: Place = {
      province: ref(columns.province[row]),
      prefecture: ref(columns.prefecture[row]),
      county: ref(columns.county[row]),
      local: local[row],
      foreign: foreignName[row],
      // The table keeps points as float32 (about a metre at China's longitudes): rounded back to 5 decimals.
      point: hasPoint ? [rounded(columns.lon[row], 5), rounded(columns.lat[row], 5)] : null,
      pointLevel: POINT_LEVELS[columns.pointLevel[row]],
      ...(ambiguous.has(row) ? { ambiguous: ambiguous.get(row) } : {}),
    };
    return {
      id: columns.ids[row],
      kind: columns.kind[row] === 0 ? 'caption' : 'text',
      date,
      t0: columns.t0[row],
      t1: columns.t1[row],
      who: [...who[row]],
      where,
      what: what[row],
      caption: columns.captions[row],
      photos: photos[row].map((p) => ({ ...p })),
      sources: sources[row].map((s) => ({ ...s })),
      confidence: rounded(confidence[row], 4),
      rules: [...rules[row]],
    };
  });
}
