import type { AtlasEvent, DivisionRef, EventDate, Photo, Place, Source } from '../model/event.ts';
import type { EventTable } from './eventTable.ts';
import { PRECISIONS } from './eventTable.ts';
import { dictionaryColumn, type DictionaryColumnBuilder } from './dictionaryColumn.ts';
import { codeNumber, codeString, createColumns, freezeColumns } from './tableColumns.ts';

const POINT_LEVELS = [null, 'province', 'prefecture', 'county'] as const;

/** Dictionary key of a missing value (no date text can contain a NUL). */
const NONE = '\u0000';

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
  const parts = readAtlasRows(events);
  return freezeColumns(parts.columns, atlasMaterialiser(parts));
}

type AtlasParts = ReturnType<typeof readAtlasRows>;

/**
 * Copies what the table keeps out of the records. A function of its own, on purpose: a closure that sees `events`
 * would keep every parsed record alive for as long as the table lives (V8 shares one context per scope).
 */
function readAtlasRows(events: readonly AtlasEvent[]) {
  const size = events.length;
  const columns = createColumns(size);
  // Values that repeat live in dictionary columns (one copy each, a Uint32 per row), keyed without building new
  // strings where the value is its own key.
  const names = new Map<number, string>();
  const written = dictionaryColumn<string>(size);
  const dateStart = dictionaryColumn<string>(size);
  const dateEnd = dictionaryColumn<string | null>(size);
  // `what` is usually a stretch of the caption: kept as an offset into it when it is, else as its own text.
  const whatAt = new Int32Array(size);
  const whatLength = new Int32Array(size);
  const whatText = new Map<number, string>();
  const who = dictionaryColumn<readonly string[]>(size);
  const local = dictionaryColumn<string | null>(size);
  const foreignName = dictionaryColumn<string | null>(size);
  // Most rows have one photo: its address in a string column and its size in typed arrays; others keep a list.
  const photoSrc = new Array<string | null>(size);
  const photoWidth = new Float32Array(size);
  const photoHeight = new Float32Array(size);
  const otherPhotos = new Map<number, readonly Photo[]>();
  const sources = dictionaryColumn<readonly Source[]>(size);
  const rules = dictionaryColumn<readonly string[]>(size);
  const text = (column: DictionaryColumnBuilder<string | null>, row: number, value: string | null) =>
    column.set(row, value ?? NONE, () => value);
  const list = (column: DictionaryColumnBuilder<readonly string[]>, row: number, xs: readonly string[]) =>
    column.set(row, xs.length === 1 ? xs[0] : xs.join('\u0001'), () => xs);
  const confidence = new Float32Array(size);
  const ambiguous = new Map<number, string[]>();

  const rememberName = (ref: DivisionRef | null) => {
    if (ref) names.set(Number(ref.code), ref.name);
    return codeNumber(ref?.code);
  };

  const order = sortedOrder(events);
  for (let row = 0; row < size; row++) {
    const e = events[order[row]];
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
    written.set(row, e.date.written, () => e.date.written);
    dateStart.set(row, e.date.start, () => e.date.start);
    text(dateEnd, row, e.date.end);
    const at = e.what ? e.caption.indexOf(e.what) : -1;
    whatAt[row] = at;
    whatLength[row] = e.what.length;
    if (at < 0) whatText.set(row, e.what);
    list(who, row, e.who);
    text(local, row, e.where.local);
    text(foreignName, row, e.where.foreign);
    const [photo] = e.photos;
    photoSrc[row] = e.photos.length === 1 ? photo.src : null;
    photoWidth[row] = photo?.width ?? NaN;
    photoHeight[row] = photo?.height ?? NaN;
    if (e.photos.length > 1) otherPhotos.set(row, e.photos);
    // A post's path names its title, date and address (all from its front matter), so paths are key enough.
    const key = e.sources.length === 1 ? e.sources[0].path : e.sources.map((x) => x.path).join('\u0001');
    sources.set(row, key, () => e.sources);
    list(rules, row, e.rules);
    confidence[row] = e.confidence;
    if (e.where.ambiguous) ambiguous.set(row, e.where.ambiguous);
  }
  const parts = {
    columns,
    names,
    written: written.freeze(),
    dateStart: dateStart.freeze(),
    dateEnd: dateEnd.freeze(),
    who: who.freeze(),
    local: local.freeze(),
    foreignName: foreignName.freeze(),
    sources: sources.freeze(),
    rules: rules.freeze(),
  };
  return {
    ...parts,
    confidence,
    ambiguous,
    whatAt,
    whatLength,
    whatText,
    photoSrc,
    photoWidth,
    photoHeight,
    otherPhotos,
  };
}

function atlasMaterialiser(parts: AtlasParts): (row: number) => AtlasEvent {
  const { columns, names, written, dateStart, dateEnd, who, local, foreignName, sources, rules } = parts;
  const { confidence, ambiguous, whatAt, whatLength, whatText, photoSrc, photoWidth, photoHeight, otherPhotos } = parts;
  const orNull = (x: number) => (Number.isNaN(x) ? null : x);
  const photosOf = (row: number): Photo[] => {
    const src = photoSrc[row];
    if (src !== null) return [{ src, width: orNull(photoWidth[row]), height: orNull(photoHeight[row]) }];
    return (otherPhotos.get(row) ?? []).map((p) => ({ ...p }));
  };
  const whatOf = (row: number) =>
    whatAt[row] < 0
      ? (whatText.get(row) ?? '')
      : columns.captions[row].slice(whatAt[row], whatAt[row] + whatLength[row]);

  const ref = (code: number): DivisionRef | null => {
    const text = codeString(code);
    return text === null ? null : { code: text, name: names.get(code) ?? text };
  };
  const rounded = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;

  return (row) => {
    const precision = PRECISIONS[columns.precision[row]];
    const date: EventDate = {
      start: dateStart.get(row),
      end: dateEnd.get(row),
      precision,
      written: written.get(row),
    };
    const hasPoint = !Number.isNaN(columns.lon[row]);
    const where: Place = {
      province: ref(columns.province[row]),
      prefecture: ref(columns.prefecture[row]),
      county: ref(columns.county[row]),
      local: local.get(row),
      foreign: foreignName.get(row),
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
      who: [...who.get(row)],
      where,
      what: whatOf(row),
      caption: columns.captions[row],
      photos: photosOf(row),
      sources: sources.get(row).map((s) => ({ ...s })),
      confidence: rounded(confidence[row], 4),
      rules: [...rules.get(row)],
    };
  };
}
