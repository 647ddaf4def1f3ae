import type { EventTable } from '../data/eventTable.ts';
import { useView } from '../state/store.ts';
import { useStrings } from '../i18n/useStrings.ts';
import { formatContext } from '../i18n/formatTick.ts';
import { formatEventDate } from '../i18n/formatEventDate.ts';
import { PRECISIONS } from '../data/eventTable.ts';
import { isRanged } from './markShape.ts';
import { placeChain } from '../detail/placeChain.ts';
import { usePlaceName } from '../i18n/usePlaceName.ts';
import type { Bar } from './layoutTimeline.ts';
import { displayCaption } from '../data/displayCaption.ts';

const FIRST_WORDS = 40;

/** Hover card: the date as written, the place chain and the caption's first words, all as plain text. */
export function TimelineTooltip(props: {
  table: EventTable;
  row: number;
  bar: Bar | null;
  x: number;
  y: number;
  width: number;
}) {
  const { table, row, bar, x, y, width } = props;
  const strings = useStrings();
  const lang = useView((s) => s.lang);
  const nameOf = usePlaceName();
  const left = Math.min(Math.max(4, x + 12), Math.max(4, width - 264));
  const style = { left, top: Math.max(4, y - 70) };
  if (bar) {
    return (
      <div className="timeline-tooltip" style={style} role="tooltip">
        <strong>
          {formatContext(
            bar.t0,
            bar.t1 - bar.t0 > 40 * 86_400_000 ? 'year' : bar.t1 - bar.t0 > 2 * 86_400_000 ? 'month' : 'day',
            lang,
          )}
        </strong>
        <div>{strings.histogramBar(bar.count)}</div>
      </div>
    );
  }
  if (row < 0 || row >= table.size) return null;
  const event = table.event(row);
  const caption = displayCaption(table.captions[row]);
  const written =
    lang === 'zh'
      ? event.date.written
      : formatEventDate(
          table.t0[row],
          table.t1[row],
          PRECISIONS[table.precision[row]],
          isRanged(table.t0[row], table.t1[row], table.precision[row]),
          lang,
        );
  return (
    <div className="timeline-tooltip" style={style} role="tooltip">
      <strong>{written}</strong>
      <div>{placeChain(event.where, lang, nameOf)}</div>
      <div className="timeline-tooltip-caption">
        {caption.length > FIRST_WORDS ? `${caption.slice(0, FIRST_WORDS)}…` : caption}
      </div>
    </div>
  );
}
