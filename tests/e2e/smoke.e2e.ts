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

test('the app loads offline, without errors', async () => {
  const { page, errors, external, context } = await openApp(browser);
  await page.waitForSelector('h1');
  expect(await page.locator('h1').first().textContent()).toContain('Caption Atlas');
  await screenshot(page, 'smoke');
  expect(errors).toEqual([]);
  expect(external).toEqual([]);
  await context.close();
});
