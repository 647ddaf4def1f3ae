import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openApp, screenshot, type AppPage } from './browser.ts';
import { SCHEMA_VERSION, type AtlasEvent } from '../../src/model/event.ts';
import { partialDateSpan } from '../../src/data/chinaTime.ts';
import { densityOfTimes } from '../../src/data/densityOfTimes.ts';

/**
 * The timeline as a reader uses it, against a fixture served in place of data/events.json (so the test does not
 * depend on the demo posts): wheel, drag, keys, click, detail, lightbox, and a caption that tries to be HTML.
 */
const HOSTILE = '<img src=x onerror=alert(1)>';
const FOCUS_DAY = '2022-01-26';

function fixtureEvent(id: string, start: string, caption: string, extra: Partial<AtlasEvent> = {}): AtlasEvent {
  const [t0, t1] = partialDateSpan(start);
  const precision = start.length === 10 ? 'day' : start.length === 7 ? 'month' : 'year';
  return {
    id,
    kind: 'caption',
    date: { start, end: null, precision, written: start },
    t0,
    t1,
    who: ['测试人'],
    where: {
      province: { code: '140000', name: '山西省' },
      prefecture: { code: '141000', name: '临汾市' },
      county: { code: '141082', name: '霍州市' },
      local: null,
      foreign: null,
      point: [111.7, 36.5],
      pointLevel: 'county',
    },
    what: caption,
    caption,
    photos: [{ src: `demo-photos/missing-${id}.jpg`, width: null, height: null }],
    sources: [{ path: `posts/${id}.md`, title: `报道 ${id}`, date: null, url: null }],
    confidence: 0.9,
    rules: ['fixture'],
    ...extra,
  };
}

function fixture(): AtlasEvent[] {
  const events: AtlasEvent[] = [];
  const days = ['2020-03-02', '2020-09-15', '2021-04-10', '2021-11-20', '2022-06-01', '2022-12-12', '2023-05-05'];
  days.forEach((day, i) => events.push(fixtureEvent(`spread-${i}`, day, `分散事件 ${i}，在某地考察。`)));
  for (let k = 0; k < 4; k++) events.push(fixtureEvent(`focus-${k}`, FOCUS_DAY, `焦点事件 ${k}：在霍州市考察。`));
  events.push(fixtureEvent('hostile', FOCUS_DAY, `恶意说明 ${HOSTILE} 结束`));
  events.push(fixtureEvent('text-1', '2022-01-27', '正文句子事件。', { kind: 'text', photos: [] }));
  events.push(fixtureEvent('month-1', '2021-07', '只知道月份的事件。'));
  return events.sort((a, b) => a.t0 - b.t0 || (a.id < b.id ? -1 : 1));
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Opens the app with the fixture routed in; resolves once the timeline has announced its first drawing. */
async function openWithFixture(
  query = '',
  viewport?: { width: number; height: number },
): Promise<AppPage & { dialogs: string[] }> {
  const app = await openApp(browser, query, viewport);
  const events = fixture();
  await app.context.route('**/data/events.json', (route) =>
    route.fulfill({
      contentType: 'application/json',
      body: JSON.stringify({ schemaVersion: SCHEMA_VERSION, generatedAt: '2026-01-01T00:00:00Z', events }),
    }),
  );
  await app.context.route('**/data/density.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify(densityOfTimes(events.map((e) => e.t0))) }),
  );
  const dialogs: string[] = [];
  app.page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await app.page.addInitScript(() => {
    window.addEventListener(
      'timeline:rendered',
      () => ((window as unknown as { __rendered: boolean }).__rendered = true),
    );
  });
  await app.page.reload();
  await app.page.waitForFunction(() => (window as unknown as { __rendered?: boolean }).__rendered === true);
  return { ...app, dialogs };
}

async function visibleWindow(page: Page): Promise<[number, number]> {
  const text = await page.locator('canvas.timeline-canvas').getAttribute('data-window');
  const [start, end] = (text ?? '').split(',').map(Number);
  return [start, end];
}

async function canvasBox(page: Page) {
  const box = await page.locator('canvas.timeline-canvas').boundingBox();
  if (!box) throw new Error('no timeline canvas');
  return box;
}

/** Page x of an instant in the current window. */
async function xOf(page: Page, t: number): Promise<number> {
  const [start, end] = await visibleWindow(page);
  const box = await canvasBox(page);
  return box.x + ((t - start) / (end - start)) * box.width;
}

/** Wheel-zooms in about the focus day until the window is shorter than `span` ms. */
async function zoomToFocusDay(page: Page, span: number) {
  const [dayStart, dayEnd] = partialDateSpan(FOCUS_DAY);
  const noon = (dayStart + dayEnd) / 2;
  const box = await canvasBox(page);
  for (let i = 0; i < 60; i++) {
    const [start, end] = await visibleWindow(page);
    if (end - start < span) break;
    await page.mouse.move(await xOf(page, noon), box.y + box.height / 2);
    await page.mouse.wheel(0, -400);
    await page.waitForTimeout(40);
  }
  await page.waitForTimeout(100);
}

/** Errors other than the 404s of intentionally missing photos. */
const realErrors = (errors: string[]) => errors.filter((e) => !/status of 404/.test(e));

describe('timeline', () => {
  test('wheel-zooms from the whole archive to a day and drags', async () => {
    const { page, errors, external, context } = await openWithFixture();
    await screenshot(page, 'timeline-overview');
    const [start0, end0] = await visibleWindow(page);
    expect(end0 - start0).toBeGreaterThan(3 * 365 * 86_400_000);

    await zoomToFocusDay(page, 2 * 86_400_000);
    const [start1, end1] = await visibleWindow(page);
    const [dayStart, dayEnd] = partialDateSpan(FOCUS_DAY);
    expect(end1 - start1).toBeLessThan(2 * 86_400_000);
    expect(start1).toBeLessThan(dayEnd);
    expect(end1).toBeGreaterThan(dayStart);
    await screenshot(page, 'timeline-day');

    const box = await canvasBox(page);
    await page.mouse.move(box.x + box.width * 0.7, box.y + 20);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.45, box.y + 20, { steps: 5 });
    await page.mouse.up();
    await page.waitForTimeout(100);
    const [start2, end2] = await visibleWindow(page);
    // Dragging left by a quarter of the width moves the view a quarter of its span towards later dates.
    expect((start2 - start1) / (end1 - start1)).toBeCloseTo(0.25, 1);
    expect(end2 - start2).toBeCloseTo(end1 - start1, -3);

    // A sideways scroll (trackpad swipe) pans instead of zooming.
    await page.mouse.wheel(200, 0);
    await page.waitForTimeout(100);
    const [start3, end3] = await visibleWindow(page);
    expect(start3).toBeGreaterThan(start2);
    expect(end3 - start3).toBeCloseTo(end2 - start2, -3);
    expect(realErrors(errors)).toEqual([]);
    expect(external).toEqual([]);
    await context.close();
  });

  test('keyboard: pan, zoom, Tab through events, Enter opens one', async () => {
    const { page, context } = await openWithFixture();
    const canvas = page.locator('canvas.timeline-canvas');
    await canvas.focus();
    const [s0, e0] = await visibleWindow(page);
    await page.keyboard.press('+');
    await page.waitForTimeout(400);
    const [s1, e1] = await visibleWindow(page);
    expect(e1 - s1).toBeLessThan((e0 - s0) * 0.8);
    await page.keyboard.press('ArrowRight');
    await page.waitForTimeout(400);
    const [s2] = await visibleWindow(page);
    expect(s2).toBeGreaterThan(s1);
    await page.keyboard.press('Home');
    await page.waitForTimeout(400);
    await page.keyboard.press('-');
    await page.keyboard.press('-');
    await page.waitForTimeout(400);

    await page.keyboard.press('Tab');
    expect(Number(await canvas.getAttribute('data-focused-row'))).toBeGreaterThanOrEqual(0);
    await expect.poll(() => page.locator('.timeline-tooltip').count()).toBe(1);
    await page.keyboard.press('Tab');
    const second = Number(await canvas.getAttribute('data-focused-row'));
    expect(second).toBeGreaterThanOrEqual(0);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.detail-caption').count()).toBe(1);
    expect(await page.locator('.detail-caption').textContent()).toBeTruthy();
    await screenshot(page, 'timeline-keyboard');
    await context.close();
  });

  test('clicking an event shows its caption and a photo placeholder; the lightbox opens, steps and closes', async () => {
    const { page, context, errors } = await openWithFixture();
    await zoomToFocusDay(page, 4 * 86_400_000);
    const [dayStart, dayEnd] = partialDateSpan(FOCUS_DAY);
    const box = await canvasBox(page);
    // Lane 0 sits just above the axis band (40 px): a day's events stack up from there at the day's middle.
    await page.mouse.click(await xOf(page, (dayStart + dayEnd) / 2), box.y + box.height - 40 - 6);
    await expect.poll(() => page.locator('.detail-caption').count()).toBe(1);
    const caption = await page.locator('.detail-caption').textContent();
    expect(caption).toMatch(/焦点事件|恶意说明/);
    await expect.poll(() => page.locator('.detail-photo .photo-placeholder').count()).toBe(1);
    await screenshot(page, 'timeline-detail');

    await page.locator('.detail-photo .photo-open').click();
    await expect.poll(() => page.locator('[role="dialog"].lightbox').count()).toBe(1);
    const before = await page.locator('.lightbox-caption').textContent();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.locator('.lightbox-caption').textContent()).not.toBe(before);
    await screenshot(page, 'timeline-lightbox');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('[role="dialog"].lightbox').count()).toBe(0);
    expect(realErrors(errors)).toEqual([]);
    await context.close();
  });

  test('a caption that looks like HTML is shown as text and runs nothing', async () => {
    const { page, context, dialogs } = await openWithFixture();
    await zoomToFocusDay(page, 4 * 86_400_000);
    await page.locator('.event-list-item', { hasText: '恶意说明' }).click();
    await expect.poll(() => page.locator('.detail-caption').textContent()).toContain(HOSTILE);
    await page.waitForTimeout(300);
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(dialogs).toEqual([]);
    await screenshot(page, 'timeline-hostile-caption');
    await context.close();
  });

  test('English axis and labels with ?lang=en', async () => {
    const { page, context } = await openWithFixture('?lang=en');
    expect(await page.locator('.app-header').textContent()).toContain('Photo captions');
    await screenshot(page, 'timeline-en');
    await context.close();
  });

  test('on a phone the timeline stays visible and usable', async () => {
    const { page, context } = await openWithFixture('', { width: 390, height: 844 });
    const box = await canvasBox(page);
    expect(box.width).toBeGreaterThan(300);
    expect(box.height).toBeGreaterThan(150);
    expect(box.y + box.height).toBeLessThan(844);
    const [s0, e0] = await visibleWindow(page);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, -600);
    await page.waitForTimeout(200);
    const [s1, e1] = await visibleWindow(page);
    expect(e1 - s1).toBeLessThan(e0 - s0);
    await screenshot(page, 'timeline-phone');
    await context.close();
  });

  test('a broken events file shows a clear error instead of a blank page', async () => {
    const app = await openApp(browser);
    await app.context.route('**/data/events.json', (route) =>
      route.fulfill({
        contentType: 'application/json',
        body: JSON.stringify({ schemaVersion: SCHEMA_VERSION, events: 'no' }),
      }),
    );
    await app.page.reload();
    const alert = app.page.locator('[role="alert"]');
    await expect.poll(() => alert.count()).toBe(1);
    expect(await alert.textContent()).toMatch(/generatedAt|events/);
    await screenshot(app.page, 'timeline-load-error');
    await app.context.close();
  });

  test('the kind toggle hides body-text events from the timeline, the list and the counts', async () => {
    const { page, context } = await openWithFixture();
    const header = page.locator('.app-count');
    expect(await header.textContent()).toBe('14 个事件');
    await expect.poll(() => page.locator('.event-list-item.text-kind').count()).toBe(1);
    await page.getByLabel('正文句子').uncheck();
    await expect.poll(() => header.textContent()).toBe('13 / 14 个事件');
    await expect.poll(() => page.locator('.event-list-item.text-kind').count()).toBe(0);
    await screenshot(page, 'timeline-kind-filter');
    await context.close();
  });
});
