import { useEffect, useRef, type KeyboardEvent } from 'react';
import type { EventTable } from '../data/eventTable.ts';
import { passesFilters } from '../data/filter.ts';
import { viewStore } from '../state/store.ts';
import { useStrings } from '../i18n/useStrings.ts';
import { Photo } from './Photo.tsx';
import { neighbourRow } from './neighbourRow.ts';

/**
 * The photo large. ←/→ step through this event's photos, then on to the neighbouring events (by date, within the
 * filters, skipping events without photos); Esc closes and gives focus back.
 */
export function Lightbox(props: {
  table: EventTable;
  row: number;
  photo: number;
  onPhoto: (index: number) => void;
  onClose: () => void;
}) {
  const { table, row, photo, onPhoto, onClose } = props;
  const strings = useStrings();
  const dialogRef = useRef<HTMLDivElement>(null);
  const event = table.event(row);
  const current = event.photos[photo];

  useEffect(() => {
    const previousFocus = document.activeElement as HTMLElement | null;
    dialogRef.current?.focus();
    return () => previousFocus?.focus?.();
  }, []);

  const step = (direction: 1 | -1) => {
    const within = photo + direction;
    if (within >= 0 && within < event.photos.length) return onPhoto(within);
    const view = viewStore.get();
    const next = neighbourRow(
      table.size,
      row,
      direction,
      (r) => passesFilters(table, r, view) && table.event(r).photos.length > 0,
    );
    if (next < 0) return;
    viewStore.set({ selectedId: table.ids[next] });
    onPhoto(direction === 1 ? 0 : table.event(next).photos.length - 1);
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') onClose();
    else if (e.key === 'ArrowRight') step(1);
    else if (e.key === 'ArrowLeft') step(-1);
    else return;
    e.preventDefault();
    e.stopPropagation();
  };

  return (
    <div className="lightbox-backdrop" onClick={onClose}>
      <div
        ref={dialogRef}
        className="lightbox"
        role="dialog"
        aria-modal="true"
        aria-label={strings.lightbox}
        tabIndex={-1}
        onKeyDown={onKeyDown}
        onClick={(e) => e.stopPropagation()}
      >
        {current ? <Photo key={current.src} src={current.src} alt={event.caption} className="lightbox-image" /> : null}
        <p className="lightbox-caption">{event.caption}</p>
        <div className="lightbox-controls">
          <button type="button" onClick={() => step(-1)} aria-label={strings.previous}>
            ←
          </button>
          <button type="button" onClick={onClose} aria-label={strings.close}>
            Esc
          </button>
          <button type="button" onClick={() => step(1)} aria-label={strings.next}>
            →
          </button>
        </div>
      </div>
    </div>
  );
}
