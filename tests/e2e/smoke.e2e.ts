import { existsSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openApp, screenshot } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** How many events the built app serves: the prebuild's index of month chunks (or one events file). */
const builtEventCount = (): number | null => {
  const path = 'dist/data/events.json';
  if (!existsSync(path)) return null;
  const file = JSON.parse(readFileSync(path, 'utf8')) as { chunks?: Array<{ count: number }>; events?: unknown[] };
  return file.chunks ? file.chunks.reduce((sum, chunk) => sum + chunk.count, 0) : (file.events?.length ?? 0);
};

test('the app loads offline, without errors, with every event the prebuild wrote', async () => {
  const { page, errors, external, context } = await openApp(browser);
  await page.waitForSelector('h1');
  expect(await page.locator('h1').first().textContent()).toContain('Caption Atlas');
  const count = builtEventCount();
  // The demo build's events arrive in month chunks: all of them, counted in the header.
  if (count !== null) await page.getByText(`${count.toLocaleString('zh-CN')} 个事件`).waitFor({ timeout: 15_000 });
  await screenshot(page, 'smoke');
  expect(errors).toEqual([]);
  expect(external).toEqual([]);
  await context.close();
});
