import { utcDay, utcHour, utcMonth, utcYear, type CountableTimeInterval, type TimeInterval } from 'd3';
import { CHINA_OFFSET_MS } from '../data/chinaTime.ts';
import type { Lang } from '../i18n/strings.ts';
import { formatContext, formatTick, type TickUnit } from '../i18n/formatTick.ts';

/**
 * Axis ticks in China time. d3's UTC intervals run on instants shifted by +8 h, so their "UTC midnight" is China's
 * midnight on any machine; the shift is undone before a tick leaves this module.
 */
interface TickStep {
  unit: TickUnit;
  interval: TimeInterval;
  /** Typical length of one step, to decide whether labels fit. */
  approxMs: number;
}

const HOUR = 3600_000;
const DAY = 24 * HOUR;
const every = (interval: CountableTimeInterval, k: number) => interval.every(k) ?? interval;

/** From coarsest to finest. */
const STEPS: TickStep[] = [
  { unit: 'year', interval: every(utcYear, 50), approxMs: 50 * 365 * DAY },
  { unit: 'year', interval: every(utcYear, 10), approxMs: 10 * 365 * DAY },
  { unit: 'year', interval: every(utcYear, 5), approxMs: 5 * 365 * DAY },
  { unit: 'year', interval: every(utcYear, 2), approxMs: 2 * 365 * DAY },
  { unit: 'year', interval: utcYear, approxMs: 365 * DAY },
  { unit: 'month', interval: every(utcMonth, 6), approxMs: 182 * DAY },
  { unit: 'month', interval: every(utcMonth, 3), approxMs: 91 * DAY },
  { unit: 'month', interval: utcMonth, approxMs: 30 * DAY },
  { unit: 'day', interval: every(utcDay, 15), approxMs: 15 * DAY },
  { unit: 'day', interval: every(utcDay, 7), approxMs: 7 * DAY },
  { unit: 'day', interval: every(utcDay, 2), approxMs: 2 * DAY },
  { unit: 'day', interval: utcDay, approxMs: DAY },
  { unit: 'hour', interval: every(utcHour, 12), approxMs: 12 * HOUR },
  { unit: 'hour', interval: every(utcHour, 6), approxMs: 6 * HOUR },
  { unit: 'hour', interval: every(utcHour, 3), approxMs: 3 * HOUR },
  { unit: 'hour', interval: utcHour, approxMs: HOUR },
];

const PARENT: Record<TickUnit, { unit: TickUnit; interval: TimeInterval } | null> = {
  year: null,
  month: { unit: 'year', interval: utcYear },
  day: { unit: 'month', interval: utcMonth },
  hour: { unit: 'day', interval: utcDay },
};

/** The finest step whose labels stay at least minLabelPx apart at this zoom. */
export function chooseTickStep(spanMs: number, widthPx: number, minLabelPx = 56): TickStep {
  const pxPerMs = widthPx / Math.max(spanMs, 1);
  let chosen = STEPS[0];
  for (const step of STEPS) {
    if (step.approxMs * pxPerMs >= minLabelPx) chosen = step;
  }
  return chosen;
}

export interface Tick {
  /** Epoch ms of the boundary. */
  t: number;
  label: string;
}

export interface AxisTicks {
  unit: TickUnit;
  /** The finer row: 1月, 2月 … or 26日, 27日 … */
  minor: Tick[];
  /** The coarser row: the start of each enclosing unit in view, plus the one the view starts in (left-pinned). */
  major: Tick[];
}

function ticksOf(interval: TimeInterval, start: number, end: number): number[] {
  return interval
    .range(new Date(start + CHINA_OFFSET_MS), new Date(end + CHINA_OFFSET_MS + 1))
    .map((d) => d.getTime() - CHINA_OFFSET_MS);
}

/** Two-level ticks for the window [start, end] drawn over widthPx. */
export function axisTicks(start: number, end: number, widthPx: number, lang: Lang): AxisTicks {
  const step = chooseTickStep(end - start, widthPx, lang === 'zh' ? 52 : 48);
  const minor = ticksOf(step.interval, start, end).map((t) => ({ t, label: formatTick(t, step.unit, lang) }));
  const parent = PARENT[step.unit];
  if (!parent) return { unit: step.unit, minor, major: [] };
  const first = parent.interval.floor(new Date(start + CHINA_OFFSET_MS)).getTime() - CHINA_OFFSET_MS;
  const major = [first, ...ticksOf(parent.interval, start, end).filter((t) => t > first)].map((t) => ({
    t,
    label: formatContext(t, parent.unit, lang),
  }));
  return { unit: step.unit, minor, major };
}
