import { useState } from 'react';
import type { EventTable } from '../data/eventTable.ts';
import { PRECISIONS } from '../data/eventTable.ts';
import { useView, viewStore } from '../state/store.ts';
import { useStrings } from '../i18n/useStrings.ts';
import { formatEventDate } from '../i18n/formatEventDate.ts';
import { isRanged } from '../timeline/markShape.ts';
import { Photo } from './Photo.tsx';
import { Lightbox } from './Lightbox.tsx';
import { safeHref } from './safeHref.ts';
import { usePlaceName } from '../i18n/usePlaceName.ts';

/** The selected event in full: photo, caption (as text), date, place chain with codes, people, every source post. */
export function DetailPanel({ table }: { table: EventTable }) {
  const strings = useStrings();
  const lang = useView((s) => s.lang);
  const selectedId = useView((s) => s.selectedId);
  const nameOf = usePlaceName();
  const [lightboxPhoto, setLightboxPhoto] = useState<number | null>(null);
  const row = selectedId ? table.indexOf(selectedId) : -1;
  if (row < 0) {
    return (
      <section className="detail-panel detail-empty" aria-label={strings.detail}>
        <p>{strings.detailEmpty}</p>
      </section>
    );
  }
  const event = table.event(row);
  const precision = PRECISIONS[table.precision[row]];
  const date = formatEventDate(event.t0, event.t1, precision, isRanged(event.t0, event.t1, table.precision[row]), lang);
  const levels = [event.where.province, event.where.prefecture, event.where.county].filter((ref) => ref !== null);
  return (
    <section className="detail-panel" aria-label={strings.detail}>
      <div className="detail-head">
        <h2>{date}</h2>
        <button
          type="button"
          className="detail-close"
          onClick={() => viewStore.set({ selectedId: null })}
          aria-label={strings.close}
        >
          ×
        </button>
      </div>
      <div className="detail-photo">
        {event.photos.length ? (
          <Photo src={event.photos[0].src} alt={event.caption} onOpen={() => setLightboxPhoto(0)} />
        ) : (
          <div className="photo-placeholder">{strings.noPhoto}</div>
        )}
      </div>
      <p className="detail-caption">{event.caption}</p>
      <dl className="detail-facts">
        <dt>{strings.dateWritten}</dt>
        <dd>{event.date.written}</dd>
        <dt>{strings.place}</dt>
        <dd>
          {event.where.foreign ?? null}
          {levels.map((ref) => (
            <span key={ref.code} className="place-level">
              {nameOf(ref)} <code>{ref.code}</code>
            </span>
          ))}
          {event.where.local ? <span className="place-level">{event.where.local}</span> : null}
        </dd>
        {event.who.length > 0 && (
          <>
            <dt>{strings.people}</dt>
            <dd>{event.who.join('、')}</dd>
          </>
        )}
        <dt>{strings.kind}</dt>
        <dd>{event.kind === 'caption' ? strings.kindCaption : strings.kindText}</dd>
        <dt>{strings.sources}</dt>
        <dd>
          <ul className="detail-sources">
            {event.sources.map((source) => {
              const href = safeHref(source.url);
              return (
                <li key={source.path}>
                  {href ? (
                    <a href={href} target="_blank" rel="noopener noreferrer">
                      {source.title}
                    </a>
                  ) : (
                    <span>{source.title}</span>
                  )}{' '}
                  <small>{source.path}</small>
                </li>
              );
            })}
          </ul>
        </dd>
      </dl>
      {lightboxPhoto !== null && (
        <Lightbox
          table={table}
          row={row}
          photo={lightboxPhoto}
          onPhoto={setLightboxPhoto}
          onClose={() => setLightboxPhoto(null)}
        />
      )}
    </section>
  );
}
