import type { EventTable } from '../data/eventTable.ts';
import { useView } from '../state/store.ts';
import { useStrings } from '../i18n/useStrings.ts';
import { displayCaption } from '../data/displayCaption.ts';

/** Tells screen readers what was selected, wherever it was selected from. */
export function SelectionAnnouncer({ table }: { table: EventTable }) {
  const strings = useStrings();
  const selectedId = useView((s) => s.selectedId);
  const row = selectedId ? table.indexOf(selectedId) : -1;
  return (
    <div className="visually-hidden" aria-live="polite" aria-atomic="true">
      {row >= 0 ? strings.selected(displayCaption(table.captions[row]).slice(0, 80)) : ''}
    </div>
  );
}
