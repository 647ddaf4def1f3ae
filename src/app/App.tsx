import { useEffect } from 'react';
import { MapPanel } from '../map/MapPanel.tsx';
import { useEventTable } from '../data/useEventTable.ts';
import { useView, viewStore } from '../state/store.ts';
import { useStrings } from '../i18n/useStrings.ts';
import { Timeline } from '../timeline/Timeline.tsx';
import { EventList } from '../list/EventList.tsx';
import { DetailPanel } from '../detail/DetailPanel.tsx';
import { Header } from './Header.tsx';
import { SelectionAnnouncer } from './SelectionAnnouncer.tsx';
import { LoadingProgress } from './LoadingProgress.tsx';
import { initialLang } from './initialLang.ts';
import './app.css';

viewStore.set({ lang: initialLang(window.location.search) });

/** The page: header; map beside the timeline on a wide screen (stacked on a narrow one); list and detail below. */
export function App() {
  const strings = useStrings();
  const lang = useView((s) => s.lang);
  const { table, density, error, progress } = useEventTable();
  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  }, [lang]);
  return (
    <div className="app">
      <Header table={table} />
      {error ? (
        <div className="app-error" role="alert">
          <strong>{strings.loadError}</strong>
          <pre>{error}</pre>
        </div>
      ) : !table ? (
        <LoadingProgress progress={progress} />
      ) : (
        <main className="app-main">
          <div className="app-map">
            <MapPanel />
          </div>
          <div className="app-time">
            <section className="app-timeline" aria-label={strings.timeline}>
              <Timeline table={table} density={density} />
            </section>
            <div className="app-below">
              <EventList table={table} />
              <DetailPanel table={table} />
            </div>
          </div>
          <SelectionAnnouncer table={table} />
        </main>
      )}
    </div>
  );
}
