import type { AtlasEvent, DivisionRef, EventDate, Photo, Place, Source } from '../model/event.ts';
import type { EventTable } from './eventTable.ts';
import { PRECISIONS } from './eventTable.ts';
import { dictionaryColumn, type DictionaryColumn, type DictionaryColumnBuilder } from './dictionaryColumn.ts';
import { codeNumber, codeString, createColumns, freezeColumns, type TableColumns } from './tableColumns.ts';

const POINT_LEVELS = [null, 'province', 'prefecture', 'county'] as const;

/** Dictionary key of a missing value (no date text can contain a NUL). */
const NONE = '\u0000';

/**
 * Where the table builder copies each record, row by row, in the order the records arrive. The nested records are
 * not kept: each row keeps its columns plus the few fields only the detail panel needs, with repeated values
 * (sources, people, dates as written, names) shared, and event(i) reassembles the record on demand.
 */
export interface AtlasRowStore {
  /** The table's columns as filled so far (arrival order). */
  readonly columns: TableColumns;
  /** Copies what the table keeps of `e` into `row`; the record itself is not referenced afterwards. */
  write(row: number, e: AtlasEvent): void;
  /** Makes room for at least `capacity` rows, keeping those written. */
  grow(capacity: number): void;
  /** The table of the first `size` rows; row i of the table is arrival row order[i] (or i when order is null). */
  freeze(size: number, order: Uint32Array | null): EventTable;
}

export function atlasRowStore(capacity: number): AtlasRowStore {
  let columns = createColumns(capacity);
  // Values that repeat live in dictionary columns (one copy each, a Uint32 per row), keyed without building new
  // strings where the value is its own key.
  const names = new Map<number, string>();
  const written = dictionaryColumn<string>(capacity);
  const dateStart = dictionaryColumn<string>(capacity);
  const dateEnd = dictionaryColumn<string | null>(capacity);
  // `what` is kept as an offset into the caption when it is a stretch of it, else as its own text, shared (the
  // extractor's `what` is who + the verb phrase, which repeats across captions that differ in place and date).
  let whatAt = new Int32Array(capacity);
  let whatLength = new Int32Array(capacity);
  const whatText = dictionaryColumn<string>(capacity);
  const who = dictionaryColumn<readonly string[]>(capacity);
  const local = dictionaryColumn<string | null>(capacity);
  const foreignName = dictionaryColumn<string | null>(capacity);
  // Most rows have one photo: its address in a string column and its size in typed arrays; others keep a list.
  const photoSrc = new Array<string | null>(capacity);
  let photoWidth = new Float32Array(capacity);
  let photoHeight = new Float32Array(capacity);
  const otherPhotos = new Map<number, readonly Photo[]>();
  const sources = dictionaryColumn<readonly Source[]>(capacity);
  const rules = dictionaryColumn<readonly string[]>(capacity);
  let confidence = new Float32Array(capacity);
  const ambiguous = new Map<number, string[]>();
  const dictionaries = [written, dateStart, dateEnd, whatText, who, local, foreignName, sources, rules];

  const text = (column: DictionaryColumnBuilder<string | null>, row: number, value: string | null) =>
    column.set(row, value ?? NONE, () => value);
  const list = (column: DictionaryColumnBuilder<readonly string[]>, row: number, xs: readonly string[]) =>
    column.set(row, xs.length === 1 ? xs[0] : xs.join('\u0001'), () => xs);
  const rememberName = (ref: DivisionRef | null) => {
    if (ref) names.set(Number(ref.code), ref.name);
    return codeNumber(ref?.code);
  };

  return {
    get columns() {
      return columns;
    },
    write(row, e) {
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
      const what = at < 0 ? e.what : '';
      whatText.set(row, what, () => what);
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
    },
    grow(next) {
      if (next <= columns.size) return;
      columns = resizedColumns(columns, next);
      whatAt = grown(whatAt, next);
      whatLength = grown(whatLength, next);
      photoWidth = grown(photoWidth, next);
      photoHeight = grown(photoHeight, next);
      confidence = grown(confidence, next);
      photoSrc.length = next;
      for (const dictionary of dictionaries) dictionary.grow(next);
    },
    freeze(size, order) {
      const table = order
        ? reorderedColumns(columns, order)
        : columns.size === size
          ? columns
          : resizedColumns(columns, size);
      return freezeColumns(
        table,
        atlasMaterialiser({
          columns: table,
          order,
          names,
          written: written.freeze(),
          dateStart: dateStart.freeze(),
          dateEnd: dateEnd.freeze(),
          who: who.freeze(),
          local: local.freeze(),
          foreignName: foreignName.freeze(),
          sources: sources.freeze(),
          rules: rules.freeze(),
          confidence,
          ambiguous,
          whatAt,
          whatLength,
          whatText: whatText.freeze(),
          photoSrc,
          photoWidth,
          photoHeight,
          otherPhotos,
        }),
      );
    },
  };
}

type NumberColumn = Float64Array | Float32Array | Int32Array | Uint8Array;

/** A copy `length` long that starts with `column` (zeros after). */
function grown<C extends NumberColumn>(column: C, length: number): C {
  const next = new (column.constructor as new (length: number) => C)(length);
  next.set(column as ArrayLike<number>);
  return next;
}

/** Rows order[0], order[1], … of `column` (slice keeps the typed array's type). */
function reordered<C extends NumberColumn>(column: C, order: Uint32Array): C {
  const next = column.slice(0, order.length) as C;
  for (let row = 0; row < order.length; row++) next[row] = column[order[row]];
  return next;
}

/** The first min(size, length) rows of `columns` in columns `length` long (unwritten points stay NaN). */
function resizedColumns(columns: TableColumns, length: number): TableColumns {
  const next = createColumns(length);
  const kept = Math.min(length, columns.size);
  const copy = (from: NumberColumn, to: NumberColumn) => to.set(from.subarray(0, kept) as ArrayLike<number>);
  copy(columns.t0, next.t0);
  copy(columns.t1, next.t1);
  copy(columns.precision, next.precision);
  copy(columns.kind, next.kind);
  copy(columns.province, next.province);
  copy(columns.prefecture, next.prefecture);
  copy(columns.county, next.county);
  copy(columns.foreign, next.foreign);
  copy(columns.lon, next.lon);
  copy(columns.lat, next.lat);
  copy(columns.pointLevel, next.pointLevel);
  for (let row = 0; row < kept; row++) {
    next.ids[row] = columns.ids[row];
    next.captions[row] = columns.captions[row];
  }
  return next;
}

/** The rows of `columns` in the given order (the sorting fallback, when records did not arrive in t0 order). */
function reorderedColumns(columns: TableColumns, order: Uint32Array): TableColumns {
  const pick = <T>(xs: readonly T[]) => Array.from(order, (row) => xs[row]);
  return {
    size: order.length,
    ids: pick(columns.ids),
    t0: reordered(columns.t0, order),
    t1: reordered(columns.t1, order),
    precision: reordered(columns.precision, order),
    kind: reordered(columns.kind, order),
    province: reordered(columns.province, order),
    prefecture: reordered(columns.prefecture, order),
    county: reordered(columns.county, order),
    foreign: reordered(columns.foreign, order),
    lon: reordered(columns.lon, order),
    lat: reordered(columns.lat, order),
    pointLevel: reordered(columns.pointLevel, order),
    captions: pick(columns.captions),
  };
}

/** What event(i) reads besides the table's columns; every store below is indexed by arrival row. */
interface MaterialiserParts {
  /** The table's columns (table rows). */
  columns: TableColumns;
  /** Arrival row of each table row; null when they are the same. */
  order: Uint32Array | null;
  names: ReadonlyMap<number, string>;
  written: DictionaryColumn<string>;
  dateStart: DictionaryColumn<string>;
  dateEnd: DictionaryColumn<string | null>;
  who: DictionaryColumn<readonly string[]>;
  local: DictionaryColumn<string | null>;
  foreignName: DictionaryColumn<string | null>;
  sources: DictionaryColumn<readonly Source[]>;
  rules: DictionaryColumn<readonly string[]>;
  confidence: Float32Array;
  ambiguous: ReadonlyMap<number, string[]>;
  whatAt: Int32Array;
  whatLength: Int32Array;
  whatText: DictionaryColumn<string>;
  photoSrc: readonly (string | null)[];
  photoWidth: Float32Array;
  photoHeight: Float32Array;
  otherPhotos: ReadonlyMap<number, readonly Photo[]>;
}

/**
 * event(i) from the columns and the stores. Built from `parts` only, on purpose: a closure that could see the
 * records being written would keep every parsed record alive for as long as the table lives (V8 shares one
 * context per scope).
 */
function atlasMaterialiser(parts: MaterialiserParts): (row: number) => AtlasEvent {
  const { columns, order, names, written, dateStart, dateEnd, who, local, foreignName, sources, rules } = parts;
  const { confidence, ambiguous, whatAt, whatLength, whatText, photoSrc, photoWidth, photoHeight, otherPhotos } = parts;
  const orNull = (x: number) => (Number.isNaN(x) ? null : x);
  const photosOf = (at: number): Photo[] => {
    const src = photoSrc[at];
    if (src !== null) return [{ src, width: orNull(photoWidth[at]), height: orNull(photoHeight[at]) }];
    return (otherPhotos.get(at) ?? []).map((p) => ({ ...p }));
  };
  const whatOf = (row: number, at: number) =>
    whatAt[at] < 0 ? whatText.get(at) : columns.captions[row].slice(whatAt[at], whatAt[at] + whatLength[at]);

  const ref = (code: number): DivisionRef | null => {
    const text = codeString(code);
    return text === null ? null : { code: text, name: names.get(code) ?? text };
  };
  const rounded = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;

  return (row) => {
    const at = order ? order[row] : row;
    const precision = PRECISIONS[columns.precision[row]];
    const date: EventDate = {
      start: dateStart.get(at),
      end: dateEnd.get(at),
      precision,
      written: written.get(at),
    };
    const hasPoint = !Number.isNaN(columns.lon[row]);
    const where: Place = {
      province: ref(columns.province[row]),
      prefecture: ref(columns.prefecture[row]),
      county: ref(columns.county[row]),
      local: local.get(at),
      foreign: foreignName.get(at),
      // The table keeps points as float32 (about a metre at China's longitudes): rounded back to 5 decimals.
      point: hasPoint ? [rounded(columns.lon[row], 5), rounded(columns.lat[row], 5)] : null,
      pointLevel: POINT_LEVELS[columns.pointLevel[row]],
      ...(ambiguous.has(at) ? { ambiguous: ambiguous.get(at) } : {}),
    };
    return {
      id: columns.ids[row],
      kind: columns.kind[row] === 0 ? 'caption' : 'text',
      date,
      t0: columns.t0[row],
      t1: columns.t1[row],
      who: [...who.get(at)],
      where,
      what: whatOf(row, at),
      caption: columns.captions[row],
      photos: photosOf(at),
      sources: sources.get(at).map((s) => ({ ...s })),
      confidence: rounded(confidence[at], 4),
      rules: [...rules.get(at)],
    };
  };
}
