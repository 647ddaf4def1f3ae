import type { EventTable } from '../data/eventTable.ts';
import type { AxisTicks } from './timeAxis.ts';
import { MARK_RADIUS, type Bar, type Mark, type TimelineLayout } from './layoutTimeline.ts';
import { isHollow } from './markShape.ts';

export const TIMELINE_COLOURS = {
  caption: '#b8322a',
  text: '#2f6f9f',
  span: 'rgba(184, 50, 42, 0.22)',
  spanText: 'rgba(47, 111, 159, 0.25)',
  histogram: '#9fb0c2',
  highlight: '#e08a00',
  faded: 'rgba(120, 120, 120, 0.35)',
  selected: '#111',
  axis: '#555',
  grid: 'rgba(0, 0, 0, 0.08)',
  background: '#fffdf9',
} as const;

export const AXIS_HEIGHT = 40;
const FONT = '12px system-ui, "Noto Sans CJK SC", "PingFang SC", sans-serif';
const BOLD_FONT = `600 ${FONT}`;

export interface PaintState {
  table: EventTable;
  selectedRow: number;
  hoveredRow: number;
  focusedRow: number;
  /** Rows of the hovered map region; null when no region is hovered. */
  highlighted: ((row: number) => boolean) | null;
  /** Histogram bars of the hovered region, drawn over the others. */
  highlightBars: Bar[] | null;
}

/** Paints one frame: grid, histogram or marks, axis. All drawing in CSS pixels; the caller sets the dpr transform. */
export function paintTimeline(
  ctx: CanvasRenderingContext2D,
  layout: TimelineLayout,
  ticks: AxisTicks,
  x: (t: number) => number,
  size: { width: number; height: number },
  state: PaintState,
): void {
  const { width, height } = size;
  ctx.fillStyle = TIMELINE_COLOURS.background;
  ctx.fillRect(0, 0, width, height);
  paintGrid(ctx, ticks, x, layout.baseline);
  if (layout.mode === 'histogram') paintHistogram(ctx, layout, state);
  else paintMarks(ctx, layout, state);
  paintAxis(ctx, ticks, x, layout.baseline, width);
}

function paintGrid(ctx: CanvasRenderingContext2D, ticks: AxisTicks, x: (t: number) => number, baseline: number) {
  ctx.strokeStyle = TIMELINE_COLOURS.grid;
  ctx.lineWidth = 1;
  ctx.beginPath();
  for (const tick of ticks.minor) {
    const px = Math.round(x(tick.t)) + 0.5;
    ctx.moveTo(px, 0);
    ctx.lineTo(px, baseline);
  }
  ctx.stroke();
}

function paintHistogram(ctx: CanvasRenderingContext2D, layout: TimelineLayout, state: PaintState) {
  let max = 1;
  for (const bar of layout.bars) max = Math.max(max, bar.count);
  const top = 8;
  const h = (count: number) => Math.max(1, (count / max) * (layout.baseline - top));
  ctx.fillStyle = state.highlightBars ? TIMELINE_COLOURS.faded : TIMELINE_COLOURS.histogram;
  // One path, one fill: the whole histogram is a single draw call however many bars it has.
  ctx.beginPath();
  for (const bar of layout.bars) {
    const w = Math.max(1, bar.x1 - bar.x0 - (bar.x1 - bar.x0 > 3 ? 1 : 0));
    ctx.rect(bar.x0, layout.baseline - h(bar.count), w, h(bar.count));
  }
  ctx.fill();
  if (state.highlightBars) {
    ctx.fillStyle = TIMELINE_COLOURS.highlight;
    ctx.beginPath();
    for (const bar of state.highlightBars) {
      const w = Math.max(1, bar.x1 - bar.x0 - (bar.x1 - bar.x0 > 3 ? 1 : 0));
      ctx.rect(bar.x0, layout.baseline - h(bar.count), w, h(bar.count));
    }
    ctx.fill();
  }
}

function markColour(state: PaintState, row: number): string {
  if (state.highlighted && !state.highlighted(row)) return TIMELINE_COLOURS.faded;
  if (state.highlighted) return TIMELINE_COLOURS.highlight;
  return isHollow(state.table.kind[row]) ? TIMELINE_COLOURS.text : TIMELINE_COLOURS.caption;
}

function paintMarks(ctx: CanvasRenderingContext2D, layout: TimelineLayout, state: PaintState) {
  const { table } = state;
  for (const mark of layout.marks) {
    if (mark.shape !== 'span') continue;
    const faded = state.highlighted && !state.highlighted(mark.row);
    ctx.fillStyle = faded
      ? 'rgba(120,120,120,0.12)'
      : state.highlighted
        ? TIMELINE_COLOURS.highlight
        : isHollow(table.kind[mark.row])
          ? TIMELINE_COLOURS.spanText
          : TIMELINE_COLOURS.span;
    ctx.fillRect(mark.x0, mark.y - 2, mark.x1 - mark.x0, 4);
  }
  // One path per colour and fill style: a few draw calls per frame however many marks there are.
  const groups = new Map<string, { colour: string; hollow: boolean; marks: Mark[] }>();
  for (const mark of layout.marks) {
    if (mark.shape === 'span') continue;
    const colour = markColour(state, mark.row);
    const hollow = isHollow(table.kind[mark.row]);
    const key = `${colour}|${hollow}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { colour, hollow, marks: [] }));
    group.marks.push(mark);
  }
  ctx.lineWidth = 1.5;
  for (const { colour, hollow, marks } of groups.values()) {
    ctx.beginPath();
    for (const mark of marks) {
      if (mark.shape === 'bar') {
        ctx.roundRect(mark.x0, mark.y - 3, mark.x1 - mark.x0, 6, 3);
      } else {
        const r = hollow ? MARK_RADIUS - 0.75 : MARK_RADIUS;
        const cx = (mark.x0 + mark.x1) / 2;
        ctx.moveTo(cx + r, mark.y);
        ctx.arc(cx, mark.y, r, 0, Math.PI * 2);
      }
    }
    if (hollow) {
      ctx.fillStyle = TIMELINE_COLOURS.background;
      ctx.fill();
      ctx.strokeStyle = colour;
      ctx.stroke();
    } else {
      ctx.fillStyle = colour;
      ctx.fill();
    }
  }
  for (const [row, ring] of [
    [state.hoveredRow, 1.5],
    [state.focusedRow, 2],
    [state.selectedRow, 2.5],
  ] as const) {
    if (row < 0) continue;
    const mark = layout.marks.find((m) => m.row === row);
    if (!mark) continue;
    ctx.strokeStyle =
      row === state.focusedRow && row !== state.selectedRow ? TIMELINE_COLOURS.text : TIMELINE_COLOURS.selected;
    ctx.lineWidth = ring;
    ctx.beginPath();
    if (mark.shape === 'point') ctx.arc((mark.x0 + mark.x1) / 2, mark.y, MARK_RADIUS + 2.5, 0, Math.PI * 2);
    else ctx.rect(mark.x0 - 2, mark.y - 5, mark.x1 - mark.x0 + 4, 10);
    ctx.stroke();
  }
  ctx.font = FONT;
  ctx.fillStyle = TIMELINE_COLOURS.axis;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'top';
  for (const { x, count } of layout.overflow) ctx.fillText(`+${count}`, x, 30);
}

function paintAxis(
  ctx: CanvasRenderingContext2D,
  ticks: AxisTicks,
  x: (t: number) => number,
  baseline: number,
  width: number,
) {
  ctx.strokeStyle = TIMELINE_COLOURS.axis;
  ctx.lineWidth = 1;
  ctx.beginPath();
  ctx.moveTo(0, baseline + 0.5);
  ctx.lineTo(width, baseline + 0.5);
  for (const tick of ticks.minor) {
    const px = Math.round(x(tick.t)) + 0.5;
    ctx.moveTo(px, baseline);
    ctx.lineTo(px, baseline + 5);
  }
  ctx.stroke();
  ctx.textBaseline = 'top';
  // Row 1: the coarser unit (2022年), its first label pinned to the left edge while its unit is in view.
  ctx.font = BOLD_FONT;
  ctx.textAlign = 'left';
  ctx.fillStyle = '#222';
  ticks.major.forEach((tick, i) => {
    const next = ticks.major[i + 1];
    let px = x(tick.t) + 3;
    if (px < 3) px = 3;
    const room = next ? x(next.t) - px - 6 : width - px;
    if (room < ctx.measureText(tick.label).width) return;
    ctx.fillText(tick.label, px, baseline + 7);
  });
  // Row 2: the finer unit (1月 / 26日), centred under its tick when there is no coarser row, else after it.
  ctx.font = FONT;
  ctx.fillStyle = TIMELINE_COLOURS.axis;
  const row = ticks.major.length ? baseline + 23 : baseline + 7;
  // Steps that restart each month (1, 8, 15, 22, 29, 1) can put two labels a day apart: the later one yields.
  let lastRight = -Infinity;
  for (const tick of ticks.minor) {
    const px = x(tick.t) + 3;
    if (px < -40 || px > width || px < lastRight + 4) continue;
    ctx.fillText(tick.label, px, row);
    lastRight = px + ctx.measureText(tick.label).width;
  }
}
