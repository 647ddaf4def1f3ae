import { afterEach, describe, expect, test } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { LoadingProgress } from '../../../src/app/LoadingProgress.tsx';
import { en, zh } from '../../../src/i18n/strings.ts';
import { viewStore } from '../../../src/state/store.ts';

afterEach(() => {
  viewStore.set({ lang: 'zh' });
});

describe('the loading progress text', () => {
  test('Chinese: months loaded of all, then the events so far, counts grouped as in the header', () => {
    expect(zh.loadingProgress(42, 170, 12345)).toBe('正在载入事件…… 42 / 170 个月份（12,345 个事件）');
    expect(zh.loadingProgress(0, 1, 0)).toBe('正在载入事件…… 0 / 1 个月份（0 个事件）');
  });

  test('English: the same, with singulars', () => {
    expect(en.loadingProgress(42, 170, 12345)).toBe('Loading events… 42 of 170 months (12,345 events)');
    expect(en.loadingProgress(1, 1, 1)).toBe('Loading events… 1 of 1 month (1 event)');
    expect(en.loadingProgress(1200, 1500, 491641)).toBe('Loading events… 1,200 of 1,500 months (491,641 events)');
  });
});

describe('LoadingProgress', () => {
  const progress = { chunks: 42, totalChunks: 170, events: 12345, at: 5000 };

  test('before any progress (one events file, or the index not in yet): the bare loading text, no bar', () => {
    const html = renderToStaticMarkup(<LoadingProgress progress={null} />);
    expect(html).toContain('正在载入事件……');
    expect(html).not.toContain('<progress');
    expect(html).toMatch(/aria-live="polite"[^>]*>正在载入事件……<\/p>/);
  });

  test('shows the months and events in Chinese with a native progress bar', () => {
    const html = renderToStaticMarkup(<LoadingProgress progress={progress} />);
    expect(html).toContain(
      '<p class="app-loading-text" aria-hidden="true">正在载入事件…… 42 / 170 个月份（12,345 个事件）</p>',
    );
    expect(html).toMatch(/<progress class="app-loading-bar" value="42" max="170" aria-label="正在载入事件……"/);
    // The first progress seen is said at once in the polite live region.
    expect(html).toMatch(/aria-live="polite" aria-atomic="true">正在载入事件…… 42 \/ 170 个月份（12,345 个事件）<\/p>/);
  });

  test('follows the language', () => {
    viewStore.set({ lang: 'en' });
    const html = renderToStaticMarkup(<LoadingProgress progress={progress} />);
    expect(html).toContain('Loading events… 42 of 170 months (12,345 events)');
    expect(html).toContain('aria-label="Loading events…"');
  });

  test('an index with no chunks still gives the bar a valid maximum', () => {
    const html = renderToStaticMarkup(<LoadingProgress progress={{ chunks: 0, totalChunks: 0, events: 0, at: 0 }} />);
    expect(html).toMatch(/<progress[^>]* value="0" max="1"/);
  });
});
