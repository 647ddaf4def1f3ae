import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { ELSEWHERE } from '../data/filter.ts';
import { useEventTable } from '../data/useEventTable.ts';
import { gazetteer } from '../geo/geodata.ts';
import { viewStore, useView, type ViewState } from '../state/store.ts';
import { useThrottledView } from '../state/useThrottledView.ts';
import { makeColourScale } from './colourScale.ts';
import { countOf } from './countByRegion.ts';
import { countyIndex } from './countyIndex.ts';
import { measureReady, measureRecolour, timedCountByRegion } from './recolourTiming.ts';
import { groupCountySeats, projectSeats, sumGroups } from './countyPointClusters.ts';
import { PointsCanvas } from './PointsCanvas.tsx';
import { StaticPaths } from './StaticPaths.tsx';
import { MapBreadcrumb } from './MapBreadcrumb.tsx';
import { MapLegend } from './MapLegend.tsx';
import { buildMapShapes } from './mapShapes.ts';
import { mapStrings } from './mapStrings.ts';
import { nextRegion, type Direction } from './nextRegion.ts';
import { estimateTextWidth, placeLabels } from './placeLabels.ts';
import { regionNames } from './regionNames.ts';
import { selectedEventMark } from './selectedEventMark.ts';
import { useElementSize } from './useElementSize.ts';
import { useMapGeometry } from './useMapGeometry.ts';
import { useMapZoom } from './useMapZoom.ts';
import './map.css';

const ARROWS: Record<string, Direction> = { ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'left', ArrowRight: 'right' };
const byCode = (code: string) => gazetteer().byCode(code);
const hasChildren = (code: string) => gazetteer().children(code).length > 0;
const selectWindow = (s: ViewState) => s.window;
const MUNICIPALITIES = new Set(['110000', '120000', '310000', '500000']);

/**
 * The province map: a choropleth of the events in the timeline's visible window, linked both ways through the view
 * store (click/hover/keyboard set region and hoveredRegion; window, kinds, selection and language are read from it).
 */
export function MapPanel() {
  const { table } = useEventTable();
  // Live but throttled: the colours follow the timeline at ~10 Hz without taking its frames.
  const timeWindow = useThrottledView(selectWindow, 100);
  const kinds = useView((s) => s.kinds);
  const region = useView((s) => s.region);
  const drill = useView((s) => s.drill);
  const selectedId = useView((s) => s.selectedId);
  const hoveredRegion = useView((s) => s.hoveredRegion);
  const hoveredId = useView((s) => s.hoveredId);
  const lang = useView((s) => s.lang);
  const strings = mapStrings[lang];

  const geometry = useMapGeometry(drill !== null);
  const boxRef = useRef<HTMLDivElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const { width, height } = useElementSize(boxRef);

  // Path strings: once per layout (size, drill level, loaded layers). Recolouring never touches them.
  const shapes = useMemo(
    () =>
      geometry.provinces
        ? buildMapShapes({ ...geometry, provinces: geometry.provinces, drill, width, height, byCode })
        : null,
    [geometry, drill, width, height],
  );
  const transform = useMapZoom(svgRef, width, height, `${drill}:${shapes ? 'ready' : 'empty'}`);

  // Counts: one scan of the window's rows per change of window or kinds; timed for the benchmark.
  const counts = useMemo(
    () => (table ? timedCountByRegion(table, timeWindow, kinds) : null),
    [table, timeWindow, kinds],
  );
  useLayoutEffect(() => {
    if (counts) measureRecolour();
  }, [counts]);
  const drawn = counts !== null && shapes !== null;
  useLayoutEffect(() => {
    if (drawn) measureReady();
  }, [drawn]);

  const regions = useMemo(() => shapes?.regions ?? [], [shapes]);
  const regionCounts = regions.map((r) => (counts ? countOf(counts, r.code) : 0));
  const scale = makeColourScale(Math.max(0, ...regionCounts));
  const names = useMemo(() => regions.map((r) => regionNames(r.division, lang, r.fileName)), [regions, lang]);

  // Labels: placed per layout, zoom and language; they keep their size while the map zooms.
  const fontSize = width < 520 ? 10 : 11;
  const labels = useMemo(() => {
    if (!shapes) return [];
    const inset = shapes.layout.inset;
    return placeLabels(
      regions.map((r, i) => ({
        code: r.code,
        text: names[i].short,
        x: transform.applyX(r.anchor[0]),
        y: transform.applyY(r.anchor[1]),
        // The four municipalities are labelled first, as on printed maps; then bigger regions before smaller.
        priority: MUNICIPALITIES.has(r.code) ? Infinity : r.area,
        alternates: r.point ? [transform.apply(r.point)] : [],
      })),
      {
        fontSize,
        bounds: { x0: 0, y0: 0, x1: width, y1: height },
        avoid: inset ? [{ x0: inset.x, y0: inset.y, x1: inset.x + inset.width, y1: inset.y + inset.height }] : [],
      },
    );
  }, [shapes, regions, names, transform, width, height, fontSize]);

  // Event points at county seats: seats projected per layout, grouped per view (zoom, size, region in focus) —
  // not per window, so panning the timeline only re-sums the groups.
  const counties = useMemo(() => (table ? countyIndex(table) : null), [table]);
  const seats = useMemo(
    () => (counties && shapes ? projectSeats(counties, shapes.layout.projection) : null),
    [counties, shapes],
  );
  const pointRegion = region ?? drill;
  const groups = useMemo(
    () =>
      counties && seats
        ? groupCountySeats({ counties, seats, transform, width, height, region: pointRegion, radius: 12 })
        : null,
    [counties, seats, transform, width, height, pointRegion],
  );
  const sums = useMemo(() => (groups && counts ? sumGroups(groups, counts.countyPoints) : null), [groups, counts]);

  const selected = useMemo(
    () => (table && shapes ? selectedEventMark(table, selectedId, shapes.layout.projection) : null),
    [table, selectedId, shapes],
  );

  // Keyboard: one region is in the tab order (roving tabindex); arrows move spatially, Enter selects, Esc clears.
  const [focused, setFocused] = useState<string | null>(null);
  const pathRefs = useRef(new Map<string, SVGPathElement>());
  const tabStop = focused ?? (region && regions.some((r) => r.code === region) ? region : (regions[0]?.code ?? null));

  const toggleRegion = useCallback(
    (code: string) =>
      viewStore.set((s) => {
        if (s.drill) return { region: s.region === code ? s.drill : code };
        return { region: s.region === code ? null : code };
      }),
    [],
  );
  const drillInto = useCallback(
    (code: string) => viewStore.set({ drill: code, region: code, hoveredRegion: null }),
    [],
  );
  const refocus = useRef<string | null>(null);
  const backToCountry = useCallback(() => viewStore.set((s) => ({ drill: null, region: s.drill ?? s.region })), []);
  const clearOne = useCallback(
    () =>
      viewStore.set((s) => {
        if (s.drill && s.region !== s.drill) return { region: s.drill };
        if (s.drill) {
          // The prefecture under the keyboard focus disappears: focus its province once the country is drawn.
          refocus.current = s.drill;
          return { drill: null };
        }
        return { region: null };
      }),
    [],
  );
  useEffect(() => {
    const code = refocus.current;
    if (code && drill === null && pathRefs.current.has(code)) {
      refocus.current = null;
      pathRefs.current.get(code)?.focus();
    }
  });

  const onKeyDown = (event: KeyboardEvent<SVGSVGElement>) => {
    if (event.key === 'Escape') {
      clearOne();
      event.preventDefault();
      return;
    }
    const code = (event.target as Element).getAttribute?.('data-code');
    if (!code) return;
    if (event.key === 'Enter' || event.key === ' ') {
      toggleRegion(code);
      event.preventDefault();
      return;
    }
    const direction = ARROWS[event.key];
    if (!direction) return;
    event.preventDefault();
    const anchors = regions.map((r) => ({
      code: r.code,
      x: transform.applyX(r.anchor[0]),
      y: transform.applyY(r.anchor[1]),
    }));
    const from = anchors.find((a) => a.code === code);
    const next = from ? nextRegion(from, anchors, direction) : null;
    if (next) pathRefs.current.get(next)?.focus();
  };

  // Leaving the map clears the hover it set.
  useEffect(() => () => viewStore.set({ hoveredRegion: null }), []);

  const elsewhereCount = counts?.elsewhere ?? 0;
  // The region filter's shape gets a dark outline (in a drilled province, once a prefecture is chosen).
  const filterShape = regions.find((r) => r.code === region) ?? null;
  const status = hoveredRegion ?? focused;
  const statusIndex = regions.findIndex((r) => r.code === status);
  // An event hovered on the timeline or in the list: its region gets the hover outline.
  const hoveredEventCodes = useMemo(() => {
    if (!table || !hoveredId) return [];
    const i = table.indexOf(hoveredId);
    return i < 0 ? [] : [table.county[i], table.prefecture[i], table.province[i]].filter((c) => c !== 0).map(String);
  }, [table, hoveredId]);
  const hoveredEventShape = hoveredEventCodes.map((code) => regions.find((r) => r.code === code)).find(Boolean) ?? null;
  const selectedShape = selected?.outline.map((code) => regions.find((r) => r.code === code)).find(Boolean) ?? null;

  return (
    <section className="map-panel" aria-label={strings.mapLabel} data-testid="map" data-drill={drill ?? ''}>
      <MapBreadcrumb
        strings={strings}
        lang={lang}
        drill={drill}
        region={region}
        byCode={byCode}
        hasChildren={hasChildren}
        onCountry={backToCountry}
        onDrill={drillInto}
      />
      <div className="map-box" ref={boxRef}>
        <svg
          ref={svgRef}
          width={width}
          height={height}
          className="map-svg"
          role="group"
          aria-label={strings.keysHint}
          data-zoom={transform.k.toFixed(2)}
          onKeyDown={onKeyDown}
        >
          <rect className="map-sea" width={width} height={height} />
          <g transform={transform.toString()}>
            <StaticPaths className="map-context" paths={shapes?.context} />
            <g className="map-regions">
              {regions.map((r, i) => (
                <path
                  key={r.code}
                  ref={(element) => {
                    if (element) pathRefs.current.set(r.code, element);
                    else pathRefs.current.delete(r.code);
                  }}
                  d={r.d}
                  fill={scale.fill(regionCounts[i])}
                  className={r.code === region ? 'is-filtered' : undefined}
                  data-code={r.code}
                  data-count={regionCounts[i]}
                  data-testid={`map-region-${r.code}`}
                  role="button"
                  tabIndex={r.code === tabStop ? 0 : -1}
                  aria-pressed={r.code === region}
                  aria-label={strings.region(names[i].full, regionCounts[i])}
                  onClick={() => toggleRegion(r.code)}
                  onDoubleClick={() => (drill || !hasChildren(r.code) ? undefined : drillInto(r.code))}
                  onPointerEnter={() => viewStore.set({ hoveredRegion: r.code })}
                  onPointerLeave={() =>
                    viewStore.set((s) => (s.hoveredRegion === r.code ? { hoveredRegion: null } : {}))
                  }
                  onFocus={() => {
                    setFocused(r.code);
                    viewStore.set({ hoveredRegion: r.code });
                  }}
                  onBlur={() => {
                    setFocused(null);
                    viewStore.set((s) => (s.hoveredRegion === r.code ? { hoveredRegion: null } : {}));
                  }}
                />
              ))}
            </g>
          </g>
        </svg>
        <PointsCanvas groups={groups} sums={sums} width={width} height={height} />
        <svg width={width} height={height} className="map-overlay" aria-hidden="true">
          <g transform={transform.toString()} className="map-outlines" aria-hidden="true">
            {filterShape && <path className="map-outline-filter" d={filterShape.d} />}
            {statusIndex >= 0 && <path className="map-outline-hover" d={regions[statusIndex].d} />}
            {hoveredEventShape && statusIndex < 0 && (
              <path className="map-outline-hover" data-testid="map-hover-outline" d={hoveredEventShape.d} />
            )}
            {selectedShape && (
              <path
                className="map-outline-selected"
                data-testid="map-selected-outline"
                data-code={selectedShape.code}
                d={selectedShape.d}
              />
            )}
          </g>
          {selected?.point && (
            <g
              className={`map-selected-point level-${selected.point.level}`}
              data-testid="map-selected-point"
              transform={`translate(${transform.applyX(selected.point.x)},${transform.applyY(selected.point.y)})`}
              aria-hidden="true"
            >
              <circle r={selected.point.level === 3 ? 5 : 10} />
            </g>
          )}
          <g className="map-labels" aria-hidden="true" fontSize={fontSize}>
            {labels.map((l) => (
              <text key={l.code} x={l.x} y={l.y} className={l.code === region ? 'is-filtered' : undefined}>
                {l.text}
              </text>
            ))}
          </g>
          {shapes?.inset && shapes.layout.inset && (
            <g className="map-inset">
              <rect
                className="map-inset-frame"
                x={shapes.layout.inset.x}
                y={shapes.layout.inset.y}
                width={shapes.layout.inset.width}
                height={shapes.layout.inset.height}
              />
              <StaticPaths className="map-context" paths={shapes.inset.neighbours} />
              <g className="map-inset-regions">
                {shapes.inset.regions.map((r) => (
                  <path key={r.code} d={r.d} fill={scale.fill(counts ? countOf(counts, r.code) : 0)} />
                ))}
              </g>
              <StaticPaths className="map-inset-islands" paths={shapes.inset.islands} />
              <text
                className="map-inset-label"
                x={shapes.layout.inset.x + shapes.layout.inset.width / 2}
                y={shapes.layout.inset.y + shapes.layout.inset.height - 5}
                {...(estimateTextWidth(strings.nanhai, 9) > shapes.layout.inset.width - 6
                  ? { textLength: shapes.layout.inset.width - 6, lengthAdjust: 'spacingAndGlyphs' }
                  : {})}
              >
                {strings.nanhai}
              </text>
            </g>
          )}
        </svg>
        {!shapes && (
          <p className="map-message" role="status">
            {geometry.error ? `${strings.failed}: ${geometry.error}` : strings.loading}
          </p>
        )}
        <p className="map-readout" aria-hidden="true" data-testid="map-readout">
          {statusIndex >= 0 ? strings.region(names[statusIndex].full, regionCounts[statusIndex]) : ''}
        </p>
      </div>
      <div className="map-footer">
        <MapLegend scale={scale} strings={strings} />
        <button
          type="button"
          className="map-elsewhere"
          data-testid="map-elsewhere"
          data-count={elsewhereCount}
          aria-pressed={region === ELSEWHERE}
          title={strings.elsewhereHint}
          onClick={() => viewStore.set((s) => ({ region: s.region === ELSEWHERE ? null : ELSEWHERE, drill: null }))}
        >
          {strings.elsewhere} <strong>{strings.events(elsewhereCount)}</strong>
        </button>
      </div>
    </section>
  );
}
