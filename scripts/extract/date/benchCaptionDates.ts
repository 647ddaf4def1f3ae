/**
 * Prints accuracy and throughput of parseCaptionDate next to chrono-node's zh parser, over the test table
 * (tests/unit/extract/date/captionDateCases.ts). A measurement, not a test: run with
 * `npx tsx scripts/extract/date/benchCaptionDates.ts`.
 */
import * as chrono from 'chrono-node';
import { normalizeText } from '../text/normalizeText.ts';
import { parseCaptionDate } from './parseCaptionDate.ts';
import {
  COARSE_CASES,
  DISTRACTOR_CASES,
  EXPLICIT_CASES,
  FAIL_CASES,
  MESSY_CASES,
  OUTLET_CASES,
  NO_ARTICLE_CASES,
  RANGE_CASES,
  RELATIVE_CASES,
  YEAR_FROM_ARTICLE_CASES,
} from '../../../tests/unit/extract/date/captionDateCases.ts';

type Answer = string; // "start|end|precision" or a failure reason

const expected: Array<[string, string | null, Answer]> = [
  ...[
    ...EXPLICIT_CASES,
    ...RANGE_CASES,
    ...COARSE_CASES,
    ...RELATIVE_CASES,
    ...YEAR_FROM_ARTICLE_CASES,
    ...DISTRACTOR_CASES,
    ...NO_ARTICLE_CASES,
    ...MESSY_CASES,
    ...OUTLET_CASES,
  ].map(([text, article, start, end, precision]): [string, string | null, Answer] => [
    text,
    article,
    `${start}|${end}|${precision}`,
  ]),
  ...FAIL_CASES.map(([text, article, reason]): [string, string | null, Answer] => [text, article, reason]),
];

const ours = (text: string, article: string | null): Answer => {
  const r = parseCaptionDate(text, article);
  return r.ok ? `${r.value.start}|${r.value.end}|${r.value.precision}` : r.reason;
};

const chronoPart = (c: chrono.ParsedComponents): [string, string] => {
  const y = String(c.get('year')).padStart(4, '0');
  const m = String(c.get('month')).padStart(2, '0');
  const d = String(c.get('day')).padStart(2, '0');
  if (c.isCertain('day')) return [`${y}-${m}-${d}`, 'day'];
  if (c.isCertain('month')) return [`${y}-${m}`, 'month'];
  return [y, 'year'];
};

const viaChrono = (text: string, article: string | null): Answer => {
  const reference = article ? new Date(`${article.slice(0, 10)}T12:00:00+08:00`) : new Date();
  const [first] = chrono.zh.parse(normalizeText(text), reference);
  if (!first) return 'no-date';
  const [start, precision] = chronoPart(first.start);
  const end = first.end ? chronoPart(first.end)[0] : null;
  return `${start}|${end}|${precision}`;
};

const measure = (name: string, parse: (text: string, article: string | null) => Answer): void => {
  const right = expected.filter(([text, article, want]) => parse(text, article) === want).length;
  const rounds = 200;
  // CPU time of this process, not wall time: the machine is shared, and other work would skew a wall clock.
  const started = process.cpuUsage();
  for (let round = 0; round < rounds; round++) for (const [text, article] of expected) parse(text, article);
  const used = process.cpuUsage(started);
  const seconds = (used.user + used.system) / 1e6;
  const perSecond = Math.round((rounds * expected.length) / seconds);
  console.log(
    `${name.padEnd(18)} ${right}/${expected.length} right (${((100 * right) / expected.length).toFixed(1)} %), ` +
      `${perSecond.toLocaleString('en')} captions per CPU-second`,
  );
};

measure('parseCaptionDate', ours);
measure('chrono.zh (1st hit)', viaChrono);
