/**
 * Deterministic synthetic events in the app's schema, for development, tests and benchmarks:
 *
 *   npm run gen -- --events 10000 --out public/data      → events.json + density.json
 *
 * Shape: 2012–2024, trips of 1–6 days with many photos a day (same-day stacks), one province per trip; ~85 % photo
 * captions, ~15 % body-text events; most dates to the day, some to the month or year, a few ranges. Places come from
 * the project's gazetteer (src/geo/geodata.ts) when it is there, else from invented names with pseudo-codes.
 * Photos point at demo-photos/gen-K.jpg, which do not exist: the app shows its placeholder.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Command } from 'commander';
import { SCHEMA_VERSION, eventsFileSchema, type AtlasEvent, type DivisionRef, type Place } from '../src/model/event.ts';
import type { Gazetteer } from '../src/model/gazetteer.ts';
import { chinaMidnight, partialDateOf, partialDateSpan } from '../src/data/chinaTime.ts';
import { densityOfTimes } from '../src/data/densityOfTimes.ts';
import { createPseudoCodes } from '../src/data/pseudoCodes.ts';

/** Mulberry32: tiny, seedable, identical on every platform. */
function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n: number) => Math.floor(next() * n),
    pick: <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)],
  };
}

interface County {
  province: DivisionRef;
  prefecture: DivisionRef | null;
  county: DivisionRef;
  point: [number, number];
}

async function loadCounties(): Promise<County[]> {
  try {
    const geodata = (await import(pathToFileURL(join(process.cwd(), 'src/geo/geodata.ts')).href)) as {
      gazetteer: () => Gazetteer | Promise<Gazetteer>;
    };
    const gazetteer = await geodata.gazetteer();
    const counties: County[] = [];
    for (const d of gazetteer.divisions) {
      if (d.level !== 'county' || !d.point) continue;
      const [province, prefecture] = gazetteer.chain(d.code);
      if (!province) continue;
      const ref = (x: { code: string; name: string }) => ({ code: x.code, name: x.name });
      counties.push({
        province: ref(province),
        prefecture: prefecture && prefecture.level === 'prefecture' ? ref(prefecture) : null,
        county: ref(d),
        point: d.point,
      });
    }
    if (counties.length) return counties;
  } catch {
    // No gazetteer yet: fall through to invented places.
  }
  const pseudo = createPseudoCodes();
  const random = rng(7);
  const counties: County[] = [];
  for (let p = 1; p <= 31; p++) {
    const provinceName = `样例省${p}`;
    const province = pseudo.province(provinceName);
    const [lon0, lat0] = [80 + random.next() * 45, 20 + random.next() * 25];
    for (let c = 1; c <= 4; c++) {
      const cityName = `样例市${p}-${c}`;
      const city = pseudo.prefecture(province, cityName);
      for (let x = 1; x <= 5; x++) {
        const countyName = `样例县${p}-${c}-${x}`;
        const county = pseudo.county(city, countyName);
        const code = (n: number) => String(n).padStart(6, '0');
        counties.push({
          province: { code: code(province), name: provinceName },
          prefecture: { code: code(city), name: cityName },
          county: { code: code(county), name: countyName },
          point: [lon0 + random.next() * 3, lat0 + random.next() * 3],
        });
      }
    }
  }
  return counties;
}

const PEOPLE = ['李明', '王芳', '张伟', '刘洋', '陈静', '杨帆'];
const ACTIONS = ['考察当地产业发展', '走访慰问村民', '了解生态保护情况', '察看农田水利建设', '调研乡村振兴工作'];
const DETAILS = ['同当地干部群众交流', '听取情况介绍', '察看展陈', '与企业职工亲切交谈', '实地了解项目进展'];

export function generateEvents(n: number, counties: readonly County[], seed = 20260101): AtlasEvent[] {
  const random = rng(seed ^ n);
  const start = chinaMidnight(2012, 1, 1);
  const end = chinaMidnight(2025, 1, 1);
  const events: AtlasEvent[] = [];
  let tripIndex = 0;
  while (events.length < n) {
    const tripStart = start + random.int((end - start) / 86_400_000 - 7) * 86_400_000;
    const tripDays = 1 + random.int(6);
    const province = random.pick(counties).province.code;
    const local = counties.filter((c) => c.province.code === province);
    for (let day = 0; day < tripDays && events.length < n; day++) {
      const t = tripStart + day * 86_400_000;
      const postDate = partialDateOf(t, 'day');
      const source = {
        path: `gen/${postDate}-${tripIndex}-${day}.md`,
        title: `样例报道 ${postDate} 第 ${tripIndex} 组`,
        date: new Date(t).toISOString(),
        url: null,
      };
      const perDay = 1 + Math.floor(Math.exp(random.next() * 2.5));
      for (let k = 0; k < perDay && events.length < n; k++) {
        const place = random.pick(local);
        const roll = random.next();
        const precision = roll < 0.88 ? 'day' : roll < 0.95 ? 'month' : 'year';
        const ranged = precision === 'day' && random.next() < 0.04;
        const dateStart = partialDateOf(t, precision);
        const dateEnd = ranged ? partialDateOf(t + (1 + random.int(4)) * 86_400_000, 'day') : null;
        const [y, m, d] = dateStart.split('-');
        const written =
          precision === 'day'
            ? `${y} 年 ${Number(m)} 月 ${Number(d)} 日`
            : precision === 'month'
              ? `${y} 年 ${Number(m)} 月`
              : `${y} 年`;
        const kind = random.next() < 0.85 ? 'caption' : 'text';
        const who = random.pick(PEOPLE);
        const placeText = `${place.province.name}${place.prefecture?.name ?? ''}${place.county.name}`;
        const what = `${who}${random.pick(ACTIONS)}，${random.pick(DETAILS)}。`;
        const where: Place = {
          province: place.province,
          prefecture: place.prefecture,
          county: place.county,
          local: null,
          foreign: null,
          point: place.point,
          pointLevel: 'county',
        };
        events.push({
          id: `${source.path}#${k}`,
          kind,
          date: {
            start: dateStart,
            end: dateEnd,
            precision,
            written: dateEnd ? `${written}至${Number(dateEnd.slice(8))}日` : written,
          },
          t0: partialDateSpan(dateStart)[0],
          t1: partialDateSpan(dateEnd ?? dateStart)[1],
          who: [who],
          where,
          what,
          caption: `${written}，${who}在${placeText}${what.slice(who.length)}`,
          photos:
            kind === 'caption' ? [{ src: `demo-photos/gen-${events.length % 97}.jpg`, width: 640, height: 427 }] : [],
          sources: [source],
          confidence: kind === 'caption' ? 0.9 : 0.6,
          rules: ['synthetic'],
        });
      }
    }
    tripIndex++;
  }
  return events.sort((a, b) => a.t0 - b.t0 || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

async function main() {
  const options = new Command()
    .option('--events <n>', 'number of events', '1000')
    .option('--out <dir>', 'output folder', 'public/data')
    .option('--seed <n>', 'random seed', '20260101')
    .parse()
    .opts<{ events: string; out: string; seed: string }>();
  const n = Number(options.events);
  if (!Number.isInteger(n) || n < 0) throw new Error(`--events must be a whole number, not ${options.events}`);
  const events = generateEvents(n, await loadCounties(), Number(options.seed));
  const file = eventsFileSchema.parse({
    schemaVersion: SCHEMA_VERSION,
    generatedAt: new Date(0).toISOString(),
    events,
  });
  mkdirSync(options.out, { recursive: true });
  writeFileSync(join(options.out, 'events.json'), JSON.stringify(file));
  writeFileSync(join(options.out, 'density.json'), JSON.stringify(densityOfTimes(events.map((e) => e.t0))));
  console.log(`wrote ${events.length} events to ${options.out}/events.json and density.json`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
