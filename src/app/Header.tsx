import { useMemo } from 'react';
import type { EventTable } from '../data/eventTable.ts';
import { passesFilters } from '../data/filter.ts';
import { useView, viewStore } from '../state/store.ts';
import { useStrings } from '../i18n/useStrings.ts';
import { regionName } from './regionName.ts';

/** Title, event counts, the kind toggle, the active region filter as a removable chip, the language switch. */
export function Header({ table }: { table: EventTable | null }) {
  const strings = useStrings();
  const lang = useView((s) => s.lang);
  const kinds = useView((s) => s.kinds);
  const region = useView((s) => s.region);
  const shown = useMemo(() => {
    if (!table) return 0;
    let n = 0;
    for (let row = 0; row < table.size; row++) if (passesFilters(table, row, { kinds, region })) n++;
    return n;
  }, [table, kinds, region]);
  const regionLabel = useMemo(
    () => (table && region ? regionName(table, region, strings.elsewhere) : null),
    [table, region, strings.elsewhere],
  );
  return (
    <header className="app-header">
      <h1>{strings.title}</h1>
      {table && <span className="app-count">{strings.eventCount(shown, table.size)}</span>}
      <fieldset className="kind-toggle">
        <legend className="visually-hidden">{strings.kinds}</legend>
        <label className="kind-caption">
          <input
            type="checkbox"
            checked={kinds.caption}
            onChange={(e) => viewStore.set({ kinds: { ...kinds, caption: e.target.checked } })}
          />
          {strings.kindCaption}
        </label>
        <label className="kind-text">
          <input
            type="checkbox"
            checked={kinds.text}
            onChange={(e) => viewStore.set({ kinds: { ...kinds, text: e.target.checked } })}
          />
          {strings.kindText}
        </label>
      </fieldset>
      {region && regionLabel && (
        <button
          type="button"
          className="region-chip"
          onClick={() => viewStore.set({ region: null })}
          aria-label={strings.removeRegion(regionLabel)}
        >
          {regionLabel} <span aria-hidden="true">×</span>
        </button>
      )}
      <div className="lang-switch" role="group" aria-label={strings.language}>
        <button type="button" aria-pressed={lang === 'zh'} onClick={() => viewStore.set({ lang: 'zh' })}>
          中文
        </button>
        <button type="button" aria-pressed={lang === 'en'} onClick={() => viewStore.set({ lang: 'en' })}>
          EN
        </button>
      </div>
    </header>
  );
}
