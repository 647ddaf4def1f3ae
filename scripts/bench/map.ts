/**
 * Map render/recolour benchmark: the built app in headless Chromium at N = 100,000 synthetic events
 * (scripts/gen-events.ts), the timeline panned frame by frame (window.__timeline.panBy), and the map's own
 * performance entries read back: `map:count` (the scan over the window's rows) and `map:recolour` (scan start →
 * the recoloured map committed to the DOM), plus `map:ready` (navigation → first coloured map).
 *
 *   npx tsx scripts/bench/map.ts [--events 100000] [--frames 120]
 *
 * Or from the bench entry: `import { runMapBench } from './map.ts'; await runMapBench({ events: 100_000 })`.
 * Offline: Chromium reaches only the local preview server.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { preview } from 'vite';

export interface MapBenchOptions {
  events?: number;
  frames?: number;
  chromium?: string;
}

export interface Figures {
  n: number;
  p50: number;
  p95: number;
  max: number;
}

export interface MapBenchResult {
  events: number;
  readyMs: number;
  /** Panning with the whole archive in view, and zoomed in 16× (a few months in view). */
  scenarios: { name: string; recolour: Figures; count: Figures; frame: Figures }[];
}

const quantile = (sorted: number[], q: number) =>
  sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];

function figures(values: number[]): Figures {
  const sorted = [...values].sort((a, b) => a - b);
  return { n: sorted.length, p50: quantile(sorted, 0.5), p95: quantile(sorted, 0.95), max: sorted.at(-1) ?? NaN };
}

export async function runMapBench(options: MapBenchOptions = {}): Promise<MapBenchResult> {
  const events = options.events ?? 100_000;
  const frames = options.frames ?? 120;
  // A private build with the generated events beside it, so the benchmark never touches dist/ or public/.
  const workDir = mkdtempSync(join(tmpdir(), 'map-bench-'));
  const outDir = join(workDir, 'dist');
  execFileSync('npx', ['vite', 'build', '--outDir', outDir, '--logLevel', 'error'], { stdio: 'inherit' });
  execFileSync('npx', ['tsx', 'scripts/gen-events.ts', '--events', String(events), '--out', join(outDir, 'data')], {
    stdio: 'inherit',
  });

  const server = await preview({
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const browser = await chromium.launch({
    executablePath: options.chromium ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    const url = server.resolvedUrls?.local[0];
    if (!url) throw new Error('vite preview did not report an address');
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
    await context.route(
      (u) => !/^https?:\/\/(127\.0\.0\.1|localhost)(:\d+)?\//.test(u.href),
      (route) => route.abort(),
    );
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.goto(url);
    await page.waitForSelector('[data-testid^=map-region-]', { timeout: 120_000 });
    await page.waitForFunction(() => performance.getEntriesByName('map:ready').length > 0, null, { timeout: 60_000 });
    const readyMs = await page.evaluate(() => performance.getEntriesByName('map:ready')[0].duration);

    const scenarios: MapBenchResult['scenarios'] = [];
    for (const [name, zoom] of [
      ['whole archive in view', 1],
      ['zoomed in 16×', 16],
    ] as const) {
      const entries = await page.evaluate(
        async ({ zoom, frames }) => {
          const timeline = (window as unknown as { __timeline: { zoomBy(f: number): void; panBy(f: number): void } })
            .__timeline;
          if (zoom !== 1) timeline.zoomBy(zoom);
          await new Promise((resolve) => setTimeout(resolve, 300));
          performance.clearMeasures('map:recolour');
          performance.clearMeasures('map:count');
          const frameTimes: number[] = [];
          let last = performance.now();
          for (let i = 0; i < frames; i++) {
            // Pan right, then back left, a few percent of the window per frame, as a dragging reader does.
            timeline.panBy(i < frames / 2 ? 0.03 : -0.03);
            await new Promise((resolve) => requestAnimationFrame(resolve));
            const now = performance.now();
            frameTimes.push(now - last);
            last = now;
          }
          if (zoom !== 1) timeline.zoomBy(1 / zoom);
          // No local helper functions in here: tsx would wrap them in a __name() call the page does not have.
          return {
            recolour: performance.getEntriesByName('map:recolour').map((e) => e.duration),
            count: performance.getEntriesByName('map:count').map((e) => e.duration),
            frame: frameTimes,
          };
        },
        { zoom, frames },
      );
      scenarios.push({
        name,
        recolour: figures(entries.recolour),
        count: figures(entries.count),
        frame: figures(entries.frame),
      });
    }
    if (errors.length) throw new Error(`page errors during the map bench: ${errors.join('; ')}`);
    await context.close();
    return { events, readyMs, scenarios };
  } finally {
    await browser.close();
    await server.close();
    rmSync(workDir, { recursive: true, force: true });
  }
}

/** Prints the figures as a small table. */
export function printMapBench(result: MapBenchResult): void {
  const ms = (x: number) => `${x.toFixed(2)} ms`;
  console.log(`\nMap benchmark, N = ${result.events.toLocaleString('en')} events (headless Chromium, 1280×800)`);
  console.log(`  first coloured map after navigation: ${ms(result.readyMs)}`);
  for (const s of result.scenarios) {
    console.log(`  panning the timeline, ${s.name}:`);
    for (const [label, f] of [
      ['recolour (scan → DOM commit)', s.recolour],
      ['count scan only', s.count],
      ['whole frame (rAF to rAF)', s.frame],
    ] as const) {
      console.log(
        `    ${label.padEnd(30)} p50 ${ms(f.p50).padStart(9)}  p95 ${ms(f.p95).padStart(9)}  max ${ms(f.max).padStart(9)}  (${f.n} samples)`,
      );
    }
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const value = (flag: string) => {
    const i = args.indexOf(flag);
    return i >= 0 ? Number(args[i + 1]) : undefined;
  };
  runMapBench({ events: value('--events'), frames: value('--frames') })
    .then(printMapBench)
    .catch((error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    });
}
