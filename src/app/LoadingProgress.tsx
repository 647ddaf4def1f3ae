import { useState } from 'react';
import type { ShownProgress } from '../data/useEventTable.ts';
import { useStrings } from '../i18n/useStrings.ts';
import { nextAnnouncedProgress } from './nextAnnouncedProgress.ts';

/**
 * What is shown while the events load: the bare loading text, or once a chunked archive's index is in, the months
 * and events loaded so far with a progress bar. The visible line follows every update; screen readers hear a polite
 * live region that changes far less often (nextAnnouncedProgress), and can read the bar's exact value.
 */
export function LoadingProgress({ progress }: { progress: ShownProgress | null }) {
  const strings = useStrings();
  const [announced, setAnnounced] = useState(progress);
  // Adjusting state while rendering (not in an effect): the announcement is derived from the previous one.
  const next = nextAnnouncedProgress(announced, progress);
  if (next !== announced) setAnnounced(next);
  const say = (done: ShownProgress | null) =>
    done ? strings.loadingProgress(done.chunks, done.totalChunks, done.events) : strings.loading;
  return (
    <div className="app-loading">
      <p className="app-loading-text" aria-hidden="true">
        {say(progress)}
      </p>
      {progress && (
        <progress
          className="app-loading-bar"
          value={progress.chunks}
          max={Math.max(1, progress.totalChunks)}
          aria-label={strings.loading}
        />
      )}
      <p className="visually-hidden" aria-live="polite" aria-atomic="true">
        {say(next)}
      </p>
    </div>
  );
}
