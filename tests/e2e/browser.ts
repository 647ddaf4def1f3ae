import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { inject } from 'vitest';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOT_DIR = 'test-results/screens';

/** Launches Debian's Chromium headless with the flags this machine needs (no GPU, no background networking). */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic'],
  });
}

export interface AppPage {
  context: BrowserContext;
  page: Page;
  /** Console errors and page errors seen so far. */
  errors: string[];
  /** Requests that left the machine (must stay empty: no network at run time). */
  external: string[];
}

/** Opens the app at `query` (e.g. "?lang=en") in a fresh context with the given viewport. */
export async function openApp(
  browser: Browser,
  query = '',
  viewport: { width: number; height: number } = { width: 1280, height: 800 },
): Promise<AppPage> {
  const baseUrl = inject('baseUrl');
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const errors: string[] = [];
  const external: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  // Anything not on loopback is refused and recorded, so a test can assert the app stays offline.
  await context.route(
    (url) => !/^https?:\/\/(127\.0\.0\.1|localhost)(:\d+)?\//.test(url.href) && !url.href.startsWith('data:'),
    (route) => {
      external.push(route.request().url());
      return route.abort();
    },
  );
  await page.goto(new URL(query, baseUrl).href);
  return { context, page, errors, external };
}

/** Saves a screenshot under test-results/screens/ for a person to look at. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = `${SCREENSHOT_DIR}/${name}.png`;
  await page.screenshot({ path });
  return path;
}
