import type { EventTable } from '../data/eventTable.ts';
import type { DensityUnit } from '../data/densityOfTimes.ts';
import { markShape, type MarkShape } from './markShape.ts';
import { packLanes } from './packLanes.ts';
import { forEachVisibleRow, type RowIndex } from './visibleRows.ts';
import { bucketEnd, chooseBinUnit, countBetween, visibleBinRange, type BinSet } from './densityBins.ts';

/** Geometry of the drawing area, in CSS pixels. */
export interface Frame {
  width: number;
  height: number;
  /** Height of the axis band at the bottom. */
  axisHeight: number;
}

export const MARK_RADIUS = 4;
const LANE_STEP = MARK_RADIUS * 2 + 2;
const SPAN_LANE_STEP = 6;
const SPAN_LANES = 3;
const SPAN_STRIP_TOP = 6;
/** Above this share of the area's mark capacity, single marks would only smear: show the histogram instead. */
const CAPACITY_SHARE = 0.35;

export interface Mark {
  row: number;
  shape: MarkShape;
  x0: number;
  x1: number;
  /** Centre line of the mark. */
  y: number;
}

export interface Bar {
  t0: number;
  t1: number;
  x0: number;
  x1: number;
  count: number;
}

export interface TimelineLayout {
  mode: 'marks' | 'histogram';
  marks: Mark[];
  /** Marks that did not fit in the lanes, counted per ~12 px column: drawn as "+n". */
  overflow: { x: number; count: number }[];
  bars: Bar[];
  binUnit: DensityUnit;
  /** Events starting in the window (after filters). */
  visibleCount: number;
  /** Top of the axis band = bottom of the marks area. */
  baseline: number;
}

export interface LayoutInput {
  table: EventTable;
  index: RowIndex;
  bins: BinSet;
  include: (row: number) => boolean;
  start: number;
  end: number;
  frame: Frame;
}

/** Where the main lanes start: below the strip of faint month/year spans. */
const mainTop = () => SPAN_STRIP_TOP + SPAN_LANES * SPAN_LANE_STEP + 6;

/** Decides between single marks and the histogram, and places whichever it is. Pure: no canvas, no DOM. */
export function layoutTimeline({ table, index, bins, include, start, end, frame }: LayoutInput): TimelineLayout {
  const baseline = frame.height - frame.axisHeight;
  const span = end - start;
  const x = (t: number) => ((t - start) / span) * frame.width;
  const visibleCount = countBetween(bins.day, start, end);
  const lanes = Math.max(1, Math.floor((baseline - mainTop() - MARK_RADIUS) / LANE_STEP));
  const capacity = lanes * (frame.width / LANE_STEP) * CAPACITY_SHARE;
  const binUnit = chooseBinUnit(span, frame.width);

  if (visibleCount > capacity) {
    const binSet = bins[binUnit];
    const [from, to] = visibleBinRange(binSet, start, end);
    const bars: Bar[] = [];
    for (let i = from; i < to; i++) {
      const t0 = binSet.starts[i];
      const t1 = bucketEnd(t0, binUnit);
      bars.push({ t0, t1, x0: x(t0), x1: x(t1), count: binSet.counts[i] });
    }
    return { mode: 'histogram', marks: [], overflow: [], bars, binUnit, visibleCount, baseline };
  }

  const points: Mark[] = [];
  const spans: Mark[] = [];
  forEachVisibleRow(table, index, start, end, (row) => {
    if (!include(row)) return;
    const shape = markShape(table.t0[row], table.t1[row], table.precision[row]);
    if (shape === 'point') {
      const cx = x((table.t0[row] + table.t1[row]) / 2);
      points.push({ row, shape, x0: cx - MARK_RADIUS, x1: cx + MARK_RADIUS, y: 0 });
    } else {
      const mark = { row, shape, x0: x(table.t0[row]), x1: Math.max(x(table.t1[row]), x(table.t0[row]) + 2), y: 0 };
      (shape === 'bar' ? points : spans).push(mark);
    }
  });
  points.sort((a, b) => a.x0 - b.x0 || a.row - b.row);
  spans.sort((a, b) => a.x0 - b.x0 || a.row - b.row);

  const marks: Mark[] = [];
  const overflowByColumn = new Map<number, number>();
  const mainLanes = packLanes(
    points.map((m) => m.x0),
    points.map((m) => m.x1),
    lanes,
  );
  points.forEach((mark, i) => {
    if (mainLanes[i] < 0) {
      const column = Math.round((mark.x0 + MARK_RADIUS) / 12);
      overflowByColumn.set(column, (overflowByColumn.get(column) ?? 0) + 1);
      return;
    }
    mark.y = baseline - MARK_RADIUS - 2 - mainLanes[i] * LANE_STEP;
    marks.push(mark);
  });
  const spanLanes = packLanes(
    spans.map((m) => m.x0),
    spans.map((m) => m.x1),
    SPAN_LANES,
  );
  spans.forEach((mark, i) => {
    // Imprecise dates that do not fit the strip are still counted, never silently dropped.
    const lane = spanLanes[i] < 0 ? SPAN_LANES - 1 : spanLanes[i];
    mark.y = SPAN_STRIP_TOP + lane * SPAN_LANE_STEP + SPAN_LANE_STEP / 2;
    marks.push(mark);
  });
  const overflow = [...overflowByColumn].map(([column, count]) => ({ x: column * 12, count }));
  return { mode: 'marks', marks, overflow, bars: [], binUnit, visibleCount, baseline };
}

/** The mark under a pointer (topmost first: points and bars before spans), or null. */
export function markAt(layout: TimelineLayout, px: number, py: number): Mark | null {
  let best: Mark | null = null;
  let bestDistance = Infinity;
  for (const mark of layout.marks) {
    const halfHeight = mark.shape === 'span' ? SPAN_LANE_STEP / 2 : MARK_RADIUS + 2;
    if (py < mark.y - halfHeight || py > mark.y + halfHeight) continue;
    const dx = px < mark.x0 ? mark.x0 - px : px > mark.x1 ? px - mark.x1 : 0;
    if (dx > 3) continue;
    const distance = dx + Math.abs(py - mark.y) + (mark.shape === 'span' ? 10 : 0);
    if (distance < bestDistance) {
      best = mark;
      bestDistance = distance;
    }
  }
  return best;
}

/** The histogram bar under a pointer x, or null. */
export function barAt(layout: TimelineLayout, px: number): Bar | null {
  return layout.bars.find((bar) => px >= bar.x0 && px < bar.x1) ?? null;
}
