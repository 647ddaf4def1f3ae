import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { SCHEMA_VERSION, type AtlasEvent } from '../../src/model/event.ts';
import type { Division } from '../../src/model/gazetteer.ts';
import { densityOfTimes } from '../../src/data/densityOfTimes.ts';
import { loadGazetteer } from '../../scripts/extract/gazetteerData.ts';
import { launchBrowser, openApp, screenshot, type AppPage } from './browser.ts';

/**
 * The province map in the built app, doing what a reader does. The app is served with a fixture (intercepting
 * data/events.json): events in every province over 2015–2020, plus foreign and place-less ones.
 */

const DAY = 86_400_000;
const HUNAN = '430000';

function fixtureEvents(n: number): AtlasEvent[] {
  const gazetteer = loadGazetteer();
  const provinces = gazetteer.divisions.filter((d) => d.level === 'province');
  const countiesOf = new Map(
    provinces.map((p) => [
      p.code,
      gazetteer.divisions.filter((d) => d.level === 'county' && gazetteer.provinceOf(d.code)?.code === p.code),
    ]),
  );
  let seed = 42;
  const random = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed / 2_147_483_648;
  };
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)];
  const ref = (d: Division) => ({ code: d.code, name: d.name });
  const start = Date.UTC(2015, 0, 1) - 8 * 3_600_000;
  const events: AtlasEvent[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = start + Math.floor(random() * 6 * 365) * DAY;
    const roll = random();
    let where: AtlasEvent['where'];
    if (roll < 0.03) {
      where = {
        province: null,
        prefecture: null,
        county: null,
        local: null,
        foreign: '俄罗斯',
        point: null,
        pointLevel: null,
      };
    } else if (roll < 0.04) {
      where = {
        province: null,
        prefecture: null,
        county: null,
        local: null,
        foreign: null,
        point: null,
        pointLevel: null,
      };
    } else {
      const province = roll < 0.15 ? gazetteer.byCode(HUNAN)! : pick(provinces);
      const counties = countiesOf.get(province.code) ?? [];
      const chain = counties.length ? gazetteer.chain(pick(counties).code) : [province];
      const prefecture = chain.find((d) => d.level === 'prefecture') ?? null;
      const county = chain.find((d) => d.level === 'county') ?? null;
      const finest = county ?? prefecture ?? province;
      where = {
        province: ref(province),
        prefecture: prefecture && ref(prefecture),
        county: county && ref(county),
        local: null,
        foreign: null,
        point: finest.point,
        pointLevel: finest.point ? finest.level : null,
      };
    }
    const date = new Date(t0 + 8 * 3_600_000).toISOString().slice(0, 10);
    events.push({
      id: `fixture/${i}`,
      kind: random() < 0.85 ? 'caption' : 'text',
      date: { start: date, end: null, precision: 'day', written: date },
      t0,
      t1: t0 + DAY - 1,
      who: [],
      where,
      what: `事件 ${i}`,
      caption: `事件 ${i}`,
      photos: [],
      sources: [{ path: `fixture/${i}.md`, title: `报道 ${i}`, date: null, url: null }],
      confidence: 0.9,
      rules: ['fixture'],
    });
  }
  return events.sort((a, b) => a.t0 - b.t0 || (a.id < b.id ? -1 : 1));
}

const events = fixtureEvents(1500);
const eventsFile = JSON.stringify({ schemaVersion: SCHEMA_VERSION, generatedAt: new Date(0).toISOString(), events });
const densityFile = JSON.stringify(densityOfTimes(events.map((e) => e.t0)));

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function openMap(query = '', viewport?: { width: number; height: number }): Promise<AppPage> {
  const app = await openApp(browser, 'about:blank', viewport);
  await app.context.route(/\/data\/events\.json$/, (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: eventsFile }),
  );
  await app.context.route(/\/data\/density\.json$/, (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: densityFile }),
  );
  await app.page.goto(new URL(query, inject('baseUrl')).href);
  await app.page.waitForSelector(`[data-testid=map-region-${HUNAN}]`, { timeout: 30_000 });
  await app.page.waitForSelector('.timeline-canvas');
  return app;
}

/** Polls until `read` gives a value `ok` accepts (the list settles 120 ms after the window moves). */
async function settle<T>(read: () => Promise<T>, ok: (value: T) => boolean, timeout = 5000): Promise<T> {
  const until = Date.now() + timeout;
  let value = await read();
  while (!ok(value) && Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    value = await read();
  }
  return value;
}

const regionCount = (page: Page, code: string) =>
  page.getAttribute(`[data-testid=map-region-${code}]`, 'data-count').then(Number);

/** Sum of every drawn region's count plus the elsewhere tally: all events in the window, as the map sees them. */
const mapTotal = (page: Page) =>
  page.evaluate(() => {
    const regions = [...document.querySelectorAll('[data-testid^=map-region-]')];
    const elsewhere = Number(document.querySelector('[data-testid=map-elsewhere]')?.getAttribute('data-count'));
    return regions.reduce((sum, r) => sum + Number(r.getAttribute('data-count')), elsewhere);
  });

/** The list's "in view" count from its heading. */
const listCount = (page: Page) =>
  page
    .locator('.event-list-heading small')
    .textContent()
    .then((text) => Number((text ?? '').replace(/[^\d]/g, '')));

describe('province map', () => {
  test('draws the provinces, the 南海诸岛 inset, labels and a legend (wide and phone)', async () => {
    const { page, errors, external, context } = await openMap();
    expect(await page.locator('[data-testid^=map-region-]').count()).toBe(34);
    expect(await page.locator('.map-inset-islands path').count()).toBeGreaterThan(0);
    expect(await page.locator('.map-labels text').count()).toBeGreaterThan(15);
    expect(await page.locator('[data-testid=map-legend]').isVisible()).toBe(true);
    // Hong Kong, Macao and Taiwan are provinces on the map.
    for (const code of ['810000', '820000', '710000']) {
      expect(await page.locator(`[data-testid=map-region-${code}]`).count()).toBe(1);
    }
    await screenshot(page, 'map-1280x800');
    expect(errors).toEqual([]);
    expect(external).toEqual([]);
    await context.close();

    const phone = await openMap('', { width: 390, height: 844 });
    expect(await phone.page.locator('[data-testid^=map-region-]').count()).toBe(34);
    const box = await phone.page.locator('.map-svg').boundingBox();
    expect(box!.width).toBeGreaterThan(300);
    // On a phone the map sits below the timeline: bring it into view as a reader would scroll.
    await phone.page.locator('[data-testid=map]').evaluate((map) => map.scrollIntoView({ block: 'start' }));
    await screenshot(phone.page, 'map-390x844');
    expect(phone.errors).toEqual([]);
    await phone.context.close();
  });

  test('click 湖南: only Hunan events remain in the list; a selected event outlines its province', async () => {
    const { page, errors, context } = await openMap();
    const hunan = await regionCount(page, HUNAN);
    expect(hunan).toBeGreaterThan(0);
    await page.click(`[data-testid=map-region-${HUNAN}]`);
    expect(await page.getAttribute(`[data-testid=map-region-${HUNAN}]`, 'aria-pressed')).toBe('true');
    await page.waitForSelector('.region-chip');
    expect(
      await settle(
        () => listCount(page),
        (n) => n === hunan,
      ),
    ).toBe(hunan);
    // Every listed event is in Hunan: select a few and see the map outline Hunan each time.
    const options = page.locator('.event-list [role=option]');
    const shown = Math.min(3, await options.count());
    expect(shown).toBeGreaterThan(0);
    for (let i = 0; i < shown; i++) {
      await options.nth(i).click();
      await page.waitForSelector('[data-testid=map-selected-outline]');
      expect(await page.getAttribute('[data-testid=map-selected-outline]', 'data-code')).toBe(HUNAN);
    }
    await screenshot(page, 'map-hunan-selected');
    // Click again: the filter clears.
    await page.click(`[data-testid=map-region-${HUNAN}]`);
    expect(await page.locator('.region-chip').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('panning the timeline recolours the map, and the counts match the list', async () => {
    const { page, errors, context } = await openMap();
    const before = await page.evaluate(() =>
      [...document.querySelectorAll('[data-testid^=map-region-]')].map((r) => r.getAttribute('data-count')).join(),
    );
    expect(
      await settle(
        () => listCount(page),
        (n) => n > 0,
      ),
    ).toBe(await mapTotal(page));
    await page.evaluate(() => {
      const timeline = (window as unknown as { __timeline: { zoomBy(f: number): void; panBy(f: number): void } })
        .__timeline;
      timeline.zoomBy(6);
      timeline.panBy(0.3);
    });
    const after = await settle(
      () =>
        page.evaluate(() =>
          [...document.querySelectorAll('[data-testid^=map-region-]')].map((r) => r.getAttribute('data-count')).join(),
        ),
      (value) => value !== before,
    );
    expect(after).not.toBe(before);
    const total = await mapTotal(page);
    expect(total).toBeGreaterThan(0);
    expect(total).toBeLessThan(1500);
    expect(
      await settle(
        () => listCount(page),
        (n) => n === total,
      ),
    ).toBe(total);
    // The legend's top end is the largest region count in view.
    const counts = after.split(',').map(Number);
    expect(Number((await page.textContent('[data-testid=map-legend-max]'))?.replace(/[^\d]/g, ''))).toBe(
      Math.max(1, ...counts),
    );
    await screenshot(page, 'map-after-pan');
    expect(errors).toEqual([]);
    await context.close();
  });

  test('drill into a province and back', async () => {
    const { page, errors, context } = await openMap();
    const hunan = await regionCount(page, HUNAN);
    await page.click(`[data-testid=map-region-${HUNAN}]`);
    await page.click('[data-testid=map-drill]');
    await page.waitForSelector('[data-testid=map-region-430100]', { timeout: 30_000 });
    expect(await page.textContent('[data-testid=map-breadcrumb]')).toContain('湖南省');
    const prefectures = await page.evaluate(() =>
      [...document.querySelectorAll('[data-testid^=map-region-]')].map((r) => r.getAttribute('data-code')),
    );
    expect(prefectures.every((code) => code?.startsWith('43'))).toBe(true);
    expect(prefectures.length).toBeGreaterThanOrEqual(14);
    // Every Hunan event of the fixture has a prefecture, so the prefectures add up to the province.
    const sum = await page.evaluate(() =>
      [...document.querySelectorAll('[data-testid^=map-region-]')].reduce(
        (s, r) => s + Number(r.getAttribute('data-count')),
        0,
      ),
    );
    expect(sum).toBe(hunan);
    await screenshot(page, 'map-drill-hunan');
    // A prefecture filters the list to it.
    const changsha = await regionCount(page, '430100');
    await page.click('[data-testid=map-region-430100]');
    expect(
      await settle(
        () => listCount(page),
        (n) => n === changsha,
      ),
    ).toBe(changsha);
    await page.click('[data-testid=map-back]');
    await page.waitForSelector('[data-testid=map-region-440000]');
    expect(await page.locator('[data-testid^=map-region-]').count()).toBe(34);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('keyboard: Tab into the map, arrows move between provinces, Enter selects, Esc clears', async () => {
    const { page, errors, context } = await openMap('?lang=en');
    // Tab from the top of the page reaches the map's one tab stop (a region) within a few presses.
    let tabs = 0;
    while (tabs < 15 && !(await page.evaluate(() => document.activeElement?.hasAttribute('data-code')))) {
      await page.keyboard.press('Tab');
      tabs++;
    }
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('button');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toMatch(/, \d+ events?$/);
    await page.focus(`[data-testid=map-region-${HUNAN}]`);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toMatch(
      /^Hunan, \d+ events?$/,
    );
    await page.keyboard.press('ArrowUp');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-code'))).toBe('420000');
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-code'))).toBe(HUNAN);
    await page.keyboard.press('Enter');
    expect(await page.getAttribute(`[data-testid=map-region-${HUNAN}]`, 'aria-pressed')).toBe('true');
    await page.keyboard.press('Escape');
    expect(await page.getAttribute(`[data-testid=map-region-${HUNAN}]`, 'aria-pressed')).toBe('false');
    // Exactly one region is in the tab order.
    expect(await page.locator('[data-testid^=map-region-][tabindex="0"]').count()).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('the elsewhere tally filters to foreign and place-less events', async () => {
    const { page, errors, context } = await openMap();
    const elsewhere = Number(await page.getAttribute('[data-testid=map-elsewhere]', 'data-count'));
    expect(elsewhere).toBeGreaterThan(0);
    await page.click('[data-testid=map-elsewhere]');
    expect(await page.getAttribute('[data-testid=map-elsewhere]', 'aria-pressed')).toBe('true');
    expect(
      await settle(
        () => listCount(page),
        (n) => n === elsewhere,
      ),
    ).toBe(elsewhere);
    expect(errors).toEqual([]);
    await context.close();
  });
});
