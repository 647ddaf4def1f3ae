import {
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type MouseEvent,
  type PointerEvent,
} from 'react';
import { scaleUtc, select, zoom as d3zoom, zoomIdentity, type ZoomBehavior, type ZoomTransform } from 'd3';
import type { DensityFile } from '../model/event.ts';
import type { EventTable } from '../data/eventTable.ts';
import { passesFilters } from '../data/filter.ts';
import { CHINA_OFFSET_MS } from '../data/chinaTime.ts';
import { useView, viewStore } from '../state/store.ts';
import { useStrings } from '../i18n/useStrings.ts';
import { axisTicks } from './timeAxis.ts';
import { barAt, layoutTimeline, markAt, type Bar, type TimelineLayout } from './layoutTimeline.ts';
import { binsFromDensity, binsFromTable, visibleBinRange, bucketEnd } from './densityBins.ts';
import { indexRows } from './visibleRows.ts';
import { AXIS_HEIGHT, paintTimeline } from './paintTimeline.ts';
import { inRegion } from './regionMatch.ts';
import { useElementSize } from './useElementSize.ts';
import { prefersReducedMotion } from './prefersReducedMotion.ts';
import { TimelineTooltip } from './TimelineTooltip.tsx';

const MIN_SPAN_MS = 6 * 3600_000;
const KEY_PAN = 0.15;
const KEY_ZOOM = 1.6;

declare global {
  interface Window {
    __timeline?: { zoomBy(factor: number): void; panBy(fraction: number): void };
  }
}

let announcedRendered = false;

/** The archive's extent, padded a little so the first and last events are not on the edge. */
function extentOf(table: EventTable): [number, number] {
  if (table.size === 0) {
    const now = Date.now();
    return [now - 365 * 86_400_000, now];
  }
  let end = -Infinity;
  for (let i = 0; i < table.size; i++) end = Math.max(end, table.t1[i]);
  const start = table.t0[0];
  const pad = Math.max((end - start) * 0.02, 86_400_000);
  return [start - pad, end + pad];
}

interface Hover {
  row: number;
  bar: Bar | null;
  x: number;
  y: number;
}

/**
 * The canvas timeline. React owns the elements; d3-zoom turns wheel, drag, pinch and keys into a transform; each
 * animation frame lays out (pure) and paints (canvas) the window and writes it to the shared store.
 */
export function Timeline({ table, density }: { table: EventTable; density: DensityFile | null }) {
  const strings = useStrings();
  const lang = useView((s) => s.lang);
  const kinds = useView((s) => s.kinds);
  const region = useView((s) => s.region);
  const hoveredRegion = useView((s) => s.hoveredRegion);
  const selectedId = useView((s) => s.selectedId);
  const hoveredId = useView((s) => s.hoveredId);

  const containerRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const { width, height } = useElementSize(containerRef);
  const [hover, setHover] = useState<Hover | null>(null);
  const [focusedRow, setFocusedRow] = useState(-1);

  const extent = useMemo(() => extentOf(table), [table]);
  const index = useMemo(() => indexRows(table), [table]);
  const include = useMemo(() => (row: number) => passesFilters(table, row, { kinds, region }), [table, kinds, region]);
  const filtered = region !== null || !kinds.caption || !kinds.text;
  const bins = useMemo(
    () => (!filtered && density ? binsFromDensity(density) : binsFromTable(table, include)),
    [filtered, density, table, include],
  );
  const highlighted = useMemo(
    () => (hoveredRegion ? (row: number) => inRegion(table, row, hoveredRegion) : null),
    [table, hoveredRegion],
  );
  const highlightBins = useMemo(
    () => (highlighted ? binsFromTable(table, (row) => include(row) && highlighted(row)) : null),
    [table, include, highlighted],
  );

  // Base scale over the whole archive, in "China-shifted UTC" so d3's UTC ticks fall on China's midnights.
  const x0 = useMemo(
    () =>
      scaleUtc()
        .domain([new Date(extent[0] + CHINA_OFFSET_MS), new Date(extent[1] + CHINA_OFFSET_MS)])
        .range([0, Math.max(width, 1)]),
    [extent, width],
  );

  const transformRef = useRef<ZoomTransform>(zoomIdentity);
  const zoomRef = useRef<ZoomBehavior<HTMLCanvasElement, unknown> | null>(null);
  const layoutRef = useRef<TimelineLayout | null>(null);
  const windowRef = useRef<[number, number] | null>(null);
  const frameRef = useRef(0);
  const drawRef = useRef<() => void>(() => {});

  const currentWindow = useCallback((): [number, number] => {
    const [a, b] = transformRef.current.rescaleX(x0).domain();
    return [a.getTime() - CHINA_OFFSET_MS, b.getTime() - CHINA_OFFSET_MS];
  }, [x0]);

  const selectedRow = selectedId ? table.indexOf(selectedId) : -1;
  const hoveredRow = hoveredId ? table.indexOf(hoveredId) : -1;

  drawRef.current = () => {
    frameRef.current = 0;
    const canvas = canvasRef.current;
    if (!canvas || width === 0 || height === 0) return;
    const dpr = window.devicePixelRatio || 1;
    if (canvas.width !== Math.round(width * dpr) || canvas.height !== Math.round(height * dpr)) {
      canvas.width = Math.round(width * dpr);
      canvas.height = Math.round(height * dpr);
    }
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    const [start, end] = currentWindow();
    const frame = { width, height, axisHeight: AXIS_HEIGHT };
    const layout = layoutTimeline({ table, index, bins, include, start, end, frame });
    layoutRef.current = layout;
    const x = (t: number) => ((t - start) / (end - start)) * width;
    let highlightBars: Bar[] | null = null;
    if (highlightBins && layout.mode === 'histogram') {
      const set = highlightBins[layout.binUnit];
      const [from, to] = visibleBinRange(set, start, end);
      highlightBars = [];
      for (let i = from; i < to; i++) {
        const t0 = set.starts[i];
        const t1 = bucketEnd(t0, layout.binUnit);
        highlightBars.push({ t0, t1, x0: x(t0), x1: x(t1), count: set.counts[i] });
      }
    }
    paintTimeline(
      ctx,
      layout,
      axisTicks(start, end, width, lang),
      x,
      { width, height },
      {
        table,
        selectedRow,
        hoveredRow,
        focusedRow,
        highlighted,
        highlightBars,
      },
    );
    const previous = windowRef.current;
    windowRef.current = [start, end];
    // For tests and embedders: the drawn window, readable without reaching into the store.
    canvas.dataset.window = `${Math.round(start)},${Math.round(end)}`;
    // Only a real move is news: a redraw for hover or selection must not make every window reader re-render.
    if (!previous || previous[0] !== start || previous[1] !== end) viewStore.set({ window: [start, end] });
    if (!announcedRendered && table.size > 0) {
      announcedRendered = true;
      window.dispatchEvent(new Event('timeline:rendered'));
    }
  };

  const requestDraw = useCallback(() => {
    if (!frameRef.current) frameRef.current = requestAnimationFrame(() => drawRef.current());
  }, []);

  // d3-zoom on the canvas: wheel and pinch zoom about the pointer, drag pans, both bounded to the archive.
  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    // A sideways scroll (trackpad swipe, Shift+wheel) pans; d3-zoom keeps the vertical wheel and pinch for zooming.
    const isSideways = (event: WheelEvent) => event.shiftKey || Math.abs(event.deltaX) > Math.abs(event.deltaY);
    const behaviour = d3zoom<HTMLCanvasElement, unknown>()
      .filter((event: MouseEvent | WheelEvent) =>
        event.type === 'wheel' ? !isSideways(event as WheelEvent) : !event.ctrlKey && !event.button,
      )
      .on('zoom', (event: { transform: ZoomTransform }) => {
        transformRef.current = event.transform;
        setHover(null);
        requestDraw();
      });
    zoomRef.current = behaviour;
    select(canvas).call(behaviour).on('dblclick.zoom', null);
    const onSideways = (event: WheelEvent) => {
      if (!isSideways(event)) return;
      event.preventDefault();
      const delta = (event.deltaX || event.deltaY) * (event.deltaMode === 1 ? 16 : 1);
      behaviour.translateBy(select(canvas), -delta / transformRef.current.k, 0);
    };
    canvas.addEventListener('wheel', onSideways, { passive: false });
    return () => {
      canvas.removeEventListener('wheel', onSideways);
      select(canvas).on('.zoom', null);
      cancelAnimationFrame(frameRef.current);
      frameRef.current = 0;
    };
  }, [requestDraw]);

  // Bounds follow the size and the data; the visible window is kept across resizes.
  useEffect(() => {
    const canvas = canvasRef.current;
    const behaviour = zoomRef.current;
    if (!canvas || !behaviour || width === 0) return;
    behaviour
      .extent([
        [0, 0],
        [width, height],
      ])
      .translateExtent([
        [0, 0],
        [width, height],
      ])
      .scaleExtent([1, Math.max(1, (extent[1] - extent[0]) / MIN_SPAN_MS)]);
    const keep = windowRef.current ?? viewStore.get().window;
    select(canvas).call(behaviour.transform, keep ? transformFor(keep) : zoomIdentity);
    requestDraw();
    // transformFor depends on x0, which changes with width and extent.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [width, height, extent, requestDraw]);

  function transformFor([start, end]: [number, number]): ZoomTransform {
    const k = (extent[1] - extent[0]) / Math.max(end - start, MIN_SPAN_MS);
    return zoomIdentity.scale(k).translate(-x0(new Date(start + CHINA_OFFSET_MS)), 0);
  }

  const moveTo = useCallback((transform: ZoomTransform, animate: boolean) => {
    const canvas = canvasRef.current;
    const behaviour = zoomRef.current;
    if (!canvas || !behaviour) return;
    if (animate && !prefersReducedMotion())
      select(canvas).transition().duration(250).call(behaviour.transform, transform);
    else select(canvas).call(behaviour.transform, transform);
  }, []);

  // Anything else that changes what is drawn: filters, selection, hover, language.
  useEffect(requestDraw, [
    requestDraw,
    bins,
    include,
    highlighted,
    highlightBins,
    selectedRow,
    hoveredRow,
    focusedRow,
    lang,
  ]);

  // Someone else moved the window (a link, another view): follow it. A plain subscription, not useView, so that the
  // timeline's own per-frame window writes do not re-render it.
  const followRef = useRef<(window: [number, number]) => void>(() => {});
  followRef.current = (next) => moveTo(transformFor(next), false);
  useEffect(
    () =>
      viewStore.subscribe(() => {
        const next = viewStore.get().window;
        const mine = windowRef.current;
        if (next && mine && (next[0] !== mine[0] || next[1] !== mine[1])) followRef.current(next);
      }),
    [],
  );

  // A selection made elsewhere (map, list) that lies outside the window: bring it into view.
  useEffect(() => {
    if (selectedRow < 0) return;
    const [start, end] = windowRef.current ?? currentWindow();
    const t0 = table.t0[selectedRow];
    const t1 = table.t1[selectedRow];
    if (t1 >= start && t0 <= end) return;
    const span = end - start;
    const centre = (t0 + t1) / 2;
    moveTo(transformFor([centre - span / 2, centre + span / 2]), true);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [selectedRow]);

  const zoomBy = useCallback(
    (factor: number, animate = false) => {
      const canvas = canvasRef.current;
      const behaviour = zoomRef.current;
      if (!canvas || !behaviour) return;
      const t = transformRef.current;
      const centre = width / 2;
      const k = t.k * factor;
      const next = zoomIdentity.translate(centre - ((centre - t.x) / t.k) * k, 0).scale(k);
      moveTo(next, animate);
    },
    [moveTo, width],
  );
  const panBy = useCallback(
    (fraction: number, animate = false) => {
      const t = transformRef.current;
      moveTo(zoomIdentity.translate(t.x - fraction * width, 0).scale(t.k), animate);
    },
    [moveTo, width],
  );

  useEffect(() => {
    window.__timeline = { zoomBy: (f) => zoomBy(f), panBy: (f) => panBy(f) };
    return () => {
      delete window.__timeline;
    };
  }, [zoomBy, panBy]);

  const pointerAt = (event: PointerEvent<HTMLCanvasElement>) => {
    const rect = event.currentTarget.getBoundingClientRect();
    return { px: event.clientX - rect.left, py: event.clientY - rect.top };
  };

  const onPointerMove = (event: PointerEvent<HTMLCanvasElement>) => {
    const layout = layoutRef.current;
    if (!layout || event.buttons) return;
    const { px, py } = pointerAt(event);
    if (layout.mode === 'histogram') {
      const bar = py < layout.baseline ? barAt(layout, px) : null;
      setHover(bar ? { row: -1, bar, x: px, y: py } : null);
      return;
    }
    const mark = markAt(layout, px, py);
    setHover(mark ? { row: mark.row, bar: null, x: px, y: py } : null);
    viewStore.set({ hoveredId: mark ? table.ids[mark.row] : null });
  };

  const onPointerLeave = () => {
    setHover(null);
    if (viewStore.get().hoveredId !== null) viewStore.set({ hoveredId: null });
  };

  const onClick = (event: MouseEvent<HTMLCanvasElement>) => {
    const layout = layoutRef.current;
    if (!layout) return;
    const rect = event.currentTarget.getBoundingClientRect();
    const px = event.clientX - rect.left;
    const py = event.clientY - rect.top;
    if (layout.mode === 'histogram') {
      const bar = barAt(layout, px);
      if (bar) {
        const pad = (bar.t1 - bar.t0) * 0.5;
        moveTo(transformFor([bar.t0 - pad, bar.t1 + pad]), true);
      }
      return;
    }
    const mark = markAt(layout, px, py);
    if (mark) {
      setFocusedRow(mark.row);
      viewStore.set({ selectedId: table.ids[mark.row] });
    }
  };

  /** Visible marks in reading order, for Tab. */
  const tabOrder = () =>
    (layoutRef.current?.marks ?? [])
      .slice()
      .sort((a, b) => a.x0 - b.x0 || b.y - a.y)
      .map((m) => m.row);

  const onKeyDown = (event: KeyboardEvent<HTMLCanvasElement>) => {
    const [start, end] = windowRef.current ?? currentWindow();
    const span = end - start;
    switch (event.key) {
      case 'ArrowLeft':
        panBy(-KEY_PAN, true);
        break;
      case 'ArrowRight':
        panBy(KEY_PAN, true);
        break;
      case '+':
      case '=':
        zoomBy(KEY_ZOOM, true);
        break;
      case '-':
      case '_':
        zoomBy(1 / KEY_ZOOM, true);
        break;
      case 'Home':
        moveTo(transformFor([extent[0], extent[0] + span]), true);
        break;
      case 'End':
        moveTo(transformFor([extent[1] - span, extent[1]]), true);
        break;
      case 'Tab': {
        const order = tabOrder();
        const at = order.indexOf(focusedRow);
        const next = event.shiftKey ? (at < 0 ? order.length - 1 : at - 1) : at + 1;
        if (next < 0 || next >= order.length) {
          setFocusedRow(-1);
          return; // let the browser move focus on, out of the timeline
        }
        setFocusedRow(order[next]);
        break;
      }
      case 'Enter':
        if (focusedRow < 0) return;
        viewStore.set({ selectedId: table.ids[focusedRow] });
        break;
      case 'Escape':
        setFocusedRow(-1);
        break;
      default:
        return;
    }
    event.preventDefault();
  };

  const focusedMark = focusedRow >= 0 ? layoutRef.current?.marks.find((m) => m.row === focusedRow) : undefined;
  const tooltip =
    hover ??
    (focusedMark ? { row: focusedRow, bar: null, x: (focusedMark.x0 + focusedMark.x1) / 2, y: focusedMark.y } : null);

  return (
    <div ref={containerRef} className="timeline">
      <canvas
        ref={canvasRef}
        className="timeline-canvas"
        tabIndex={0}
        role="application"
        aria-roledescription={strings.timeline}
        aria-label={`${strings.timeline}. ${strings.timelineHelp}`}
        onPointerMove={onPointerMove}
        onPointerLeave={onPointerLeave}
        onClick={onClick}
        onKeyDown={onKeyDown}
        onBlur={() => setFocusedRow(-1)}
        data-focused-row={focusedRow}
      />
      {tooltip && (
        <TimelineTooltip table={table} row={tooltip.row} bar={tooltip.bar} x={tooltip.x} y={tooltip.y} width={width} />
      )}
      <p className="visually-hidden" aria-live="polite">
        {focusedRow >= 0 ? table.captions[focusedRow] : ''}
      </p>
    </div>
  );
}
