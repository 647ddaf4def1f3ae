import { useEffect, useMemo, useRef } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { EventTable } from '../data/eventTable.ts';
import { PRECISIONS } from '../data/eventTable.ts';
import { passesFilters } from '../data/filter.ts';
import { useView, viewStore, type ViewState } from '../state/store.ts';
import { useStrings } from '../i18n/useStrings.ts';
import { formatEventDate } from '../i18n/formatEventDate.ts';
import { isRanged } from '../timeline/markShape.ts';
import { indexRows } from '../timeline/visibleRows.ts';
import { rowsInWindow } from './rowsInWindow.ts';
import { useSettledView } from '../state/useSettledView.ts';
import { usePlaceName } from '../i18n/usePlaceName.ts';
import { displayCaption } from '../data/displayCaption.ts';

const ROW_HEIGHT = 56;
const selectWindow = (state: ViewState) => state.window;

/** The events in the timeline's window, virtualised (only the rows on screen exist), kept in step with selection. */
export function EventList({ table }: { table: EventTable }) {
  const strings = useStrings();
  const lang = useView((s) => s.lang);
  const kinds = useView((s) => s.kinds);
  const region = useView((s) => s.region);
  const selectedId = useView((s) => s.selectedId);
  const hoveredId = useView((s) => s.hoveredId);
  const nameOf = usePlaceName();
  const timeWindow = useSettledView(selectWindow, 150);
  const index = useMemo(() => indexRows(table), [table]);
  const rows = useMemo(
    () =>
      timeWindow
        ? rowsInWindow(table, index, timeWindow, (row) => passesFilters(table, row, { kinds, region }))
        : new Int32Array(),
    [table, index, timeWindow, kinds, region],
  );
  const scrollRef = useRef<HTMLDivElement>(null);
  // The virtualiser's functions change every render by design; this component is not auto-memoised anyway.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 6,
  });

  const selectedRow = selectedId ? table.indexOf(selectedId) : -1;
  const hoveredRow = hoveredId ? table.indexOf(hoveredId) : -1;
  const selectedPosition = useMemo(() => (selectedRow < 0 ? -1 : rows.indexOf(selectedRow)), [rows, selectedRow]);
  useEffect(() => {
    if (selectedPosition >= 0) virtualizer.scrollToIndex(selectedPosition, { align: 'auto' });
  }, [selectedPosition, virtualizer]);

  return (
    <section className="event-list" aria-label={strings.list}>
      <h2 className="event-list-heading">
        {strings.list} <small>{strings.inWindow(rows.length)}</small>
      </h2>
      {rows.length === 0 ? (
        <p className="event-list-empty">{strings.listEmpty}</p>
      ) : (
        <div ref={scrollRef} className="event-list-scroll">
          <ul role="listbox" aria-label={strings.list} style={{ height: virtualizer.getTotalSize() }}>
            {virtualizer.getVirtualItems().map((item) => {
              const row = rows[item.index];
              const event = table.event(row);
              const date = formatEventDate(
                table.t0[row],
                table.t1[row],
                PRECISIONS[table.precision[row]],
                isRanged(table.t0[row], table.t1[row], table.precision[row]),
                lang,
              );
              const finest = event.where.county ?? event.where.prefecture ?? event.where.province;
              const place = event.where.foreign ?? (finest ? nameOf(finest) : '');
              return (
                <li
                  key={table.ids[row]}
                  role="option"
                  aria-selected={row === selectedRow}
                  className={`event-list-item${row === hoveredRow ? ' hovered' : ''}${event.kind === 'text' ? ' text-kind' : ''}`}
                  style={{ transform: `translateY(${item.start}px)`, height: ROW_HEIGHT }}
                  tabIndex={row === selectedRow || (selectedPosition < 0 && item.index === 0) ? 0 : -1}
                  onClick={() => viewStore.set({ selectedId: table.ids[row] })}
                  onKeyDown={(e) => {
                    if (e.key === 'Enter' || e.key === ' ') {
                      e.preventDefault();
                      viewStore.set({ selectedId: table.ids[row] });
                    }
                  }}
                  onMouseEnter={() => viewStore.set({ hoveredId: table.ids[row] })}
                  onMouseLeave={() => viewStore.set({ hoveredId: null })}
                >
                  <span className="event-list-meta">
                    {date} · {place}
                  </span>
                  <span className="event-list-caption">{displayCaption(table.captions[row])}</span>
                </li>
              );
            })}
          </ul>
        </div>
      )}
    </section>
  );
}
