import { fail, ok } from '../../../src/model/result.ts';
import type { DateFinding, ExtractDeps, PlaceFinding } from '../../../scripts/extract/interpretCaption.ts';
import { normalizeText } from '../../../scripts/extract/text/normalizeText.ts';

/**
 * Small stand-ins for the date parser and the place resolver, so the composition is tested on its own: full dates
 * (2022年1月26日), month dates (2020年3月) and month-day dates with the article's year; a handful of places.
 */
const FULL = /(\d{4})年(\d{1,2})月(\d{1,2})日/;
const MONTH = /(今年|\d{4}年)(\d{1,2})月(?!\d)/;
const DAY = /(\d{1,2})月(\d{1,2})日/;
const pad = (n: string) => n.padStart(2, '0');

const parseDate: ExtractDeps['parseDate'] = (text, articleDate) => {
  const spec = (start: string, precision: DateFinding['precision'], match: RegExpExecArray): DateFinding => ({
    start,
    end: null,
    precision,
    written: match[0],
    rules: ['fake-date'],
    index: match.index,
    length: match[0].length,
  });
  const full = FULL.exec(text);
  if (full) return ok(spec(`${full[1]}-${pad(full[2])}-${pad(full[3])}`, 'day', full));
  const articleYear = articleDate ? articleDate.slice(0, 4) : null;
  const month = MONTH.exec(text);
  if (month) {
    const year = month[1] === '今年' ? articleYear : month[1].slice(0, 4);
    if (!year) return fail('year-unknown', 'no article date');
    return ok(spec(`${year}-${pad(month[2])}`, 'month', month));
  }
  const day = DAY.exec(text);
  if (day) {
    if (!articleYear) return fail('year-unknown', 'no article date');
    return ok(spec(`${articleYear}-${pad(day[1])}-${pad(day[2])}`, 'day', day));
  }
  const year = /(\d{4})年/.exec(text);
  if (year) return ok(spec(year[1], 'year', year));
  return fail('no-date', 'no date in the text');
};

const toEpochRange: ExtractDeps['toEpochRange'] = (date) => {
  const [y, m = '1', d = '1'] = date.start.split('-');
  const t0 = Date.UTC(+y, +m - 1, +d) - 8 * 3_600_000;
  return [t0, t0 + 86_400_000 - 1];
};

const PLACES: Array<[string, Omit<PlaceFinding, 'index' | 'length' | 'rules' | 'local'>]> = [
  [
    '辽宁省沈阳市皇姑区',
    {
      province: { code: '210000', name: '辽宁省' },
      prefecture: { code: '210100', name: '沈阳市' },
      county: { code: '210105', name: '皇姑区' },
      foreign: null,
      point: [123.44, 41.82],
      pointLevel: 'county',
    },
  ],
  [
    '山西临汾市霍州市',
    {
      province: { code: '140000', name: '山西省' },
      prefecture: { code: '141000', name: '临汾市' },
      county: { code: '141082', name: '霍州市' },
      foreign: null,
      point: [111.75, 36.57],
      pointLevel: 'county',
    },
  ],
  [
    '湖北省武汉市',
    {
      province: { code: '420000', name: '湖北省' },
      prefecture: { code: '420100', name: '武汉市' },
      county: null,
      foreign: null,
      point: [114.3, 30.6],
      pointLevel: 'prefecture',
    },
  ],
];

const resolvePlace: ExtractDeps['resolvePlace'] = (text) => {
  for (const [name, place] of PLACES) {
    const index = text.indexOf(name);
    if (index !== -1) return ok({ ...place, local: null, rules: ['fake-place'], index, length: name.length });
  }
  // The body-text form of the 2022-08-17 visit names the city, then the district in the next sentence.
  if (text.includes('沈阳市') && text.includes('皇姑区')) {
    const index = text.indexOf('辽宁省');
    return ok({ ...PLACES[0][1], local: null, rules: ['fake-place'], index, length: 6 });
  }
  return fail('no-place', 'no place in the text');
};

export const fakeDeps: ExtractDeps = { normalize: normalizeText, parseDate, toEpochRange, resolvePlace };
