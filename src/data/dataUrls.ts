/**
 * Where the app reads its data. Relative URLs, so one build works at a site root, under a sub-path and in an
 * iframe; `?data=<path>` (same origin only: the app never reaches off the machine) points at another events file,
 * as the benchmark harness does. The density file is only taken from beside the default events file.
 */
export function dataUrls(pageUrl: string): { events: string; density: string | null } {
  const page = new URL(pageUrl);
  const override = page.searchParams.get('data');
  if (override) {
    const target = new URL(override, page);
    if (target.origin === page.origin) return { events: target.href, density: null };
  }
  return { events: new URL('data/events.json', page).href, density: new URL('data/density.json', page).href };
}

/** A chunk listed by an events index, resolved against the index's URL; null when it would leave the page's origin. */
export function chunkUrl(file: string, indexUrl: string, pageUrl: string): string | null {
  const target = new URL(file, indexUrl);
  return target.origin === new URL(pageUrl).origin ? target.href : null;
}
