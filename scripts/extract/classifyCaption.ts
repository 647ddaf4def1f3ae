import { codesOf } from './text/codeTable.ts';
import { fail, ok, type Result } from '../../src/model/result.ts';

type Verdict = Result<null, 'not-an-event'>;

/** Credit lines: a role, a colon (or the 丨 ZAKER uses), names. */
const CREDIT =
  /^(?:总监制|监制|总策划|策划|统筹|编辑|责任编辑|责编|摄影|摄像|记者|制片人|视觉|校对|设计|出品|制作|来源|作者|撰文|文字|文|图|主编|编审|翻译)\s*[：:丨|]/;
/** A photographer's credit standing alone: （新华社记者 X 摄）, 新华社发, 李学仁 摄. */
const CREDIT_ONLY =
  /^[（(]?(?:[^（）()，。]{0,16}?(?:记者|通讯员|摄影师)?[^（）()，。]{0,12}(?:摄|供图|发|制图))[）)]?[。.]?$/;
/** Clippings, screenshots, maps and charts: named at the start ("示意图：") or as the whole tail ("（新华社发 制图）"). */
const NOT_A_PHOTO_WORDS = ['示意图', '地图', '图表', '信息图', '截图', '截屏', '报纸版面', '版面', '海报'];
const NOT_A_PHOTO_LEAD = new RegExp(`^(?:图为)?[^，。]{0,12}?(?:${NOT_A_PHOTO_WORDS.join('|')})`);
const NOT_A_PHOTO_TAIL = /(?:示意图|地图|图表|信息图|截图|截屏|版面|海报|制图)[）)]?[。.]?$/;

/** The longest text CREDIT_ONLY can match: 1 + 16 + 3 + 12 + 2 + 1 + 1 (brackets, runs, role, credit word, stop). */
const CREDIT_ONLY_MAX = 36;
/** The characters CREDIT_ONLY and NOT_A_PHOTO_TAIL can end on: cheap tests before their backtracking scans. */
const CREDIT_ONLY_LAST = new Set(['摄', '图', '发', '）', ')', '。', '.']);
const TAIL_LAST = new Set(['图', '表', '屏', '面', '报', '）', ')', '。', '.']);
/** Neither of CREDIT_ONLY's runs nor its words hold a full-width comma: a caption with one is no lone credit. */
const mayBeCreditOnly = (text: string): boolean =>
  text.length <= CREDIT_ONLY_MAX && CREDIT_ONLY_LAST.has(text.at(-1) as string) && !text.includes('，');

/** How far NOT_A_PHOTO_LEAD can reach: 图为, up to 12 characters, the longest word. */
const NOT_A_PHOTO_LEAD_MAX = 2 + 12 + Math.max(...NOT_A_PHOTO_WORDS.map((word) => word.length));
/** The words' last characters, by code: a lead match ends on one of them, within NOT_A_PHOTO_LEAD_MAX. */
const NOT_A_PHOTO_LAST = new Set(NOT_A_PHOTO_WORDS.map((word) => word.charCodeAt(word.length - 1)));
const mayLeadNotAPhoto = (text: string): boolean => {
  const reach = Math.min(text.length, NOT_A_PHOTO_LEAD_MAX);
  for (let k = 1; k < reach; k++) if (NOT_A_PHOTO_LAST.has(text.charCodeAt(k))) return true;
  return false;
};

/**
 * Is this caption (normalised, arrow dropped) a candidate event at all? Credits, clippings, screenshots, maps and
 * charts are pictures of something else, not of an event; they are rejected before any date is looked for.
 */
export const classifyCaption = (text: string): Verdict => {
  const trimmed = text.trim();
  if (trimmed === '') return fail('not-an-event', 'empty caption');
  if (CREDIT.test(trimmed)) return fail('not-an-event', 'a credit line (监制/摄影/编辑 …), not an event');
  if (mayBeCreditOnly(trimmed) && CREDIT_ONLY.test(trimmed)) {
    return fail('not-an-event', 'a photo credit on its own, not an event');
  }
  if (
    (mayLeadNotAPhoto(trimmed) && NOT_A_PHOTO_LEAD.test(trimmed)) ||
    (TAIL_LAST.has(trimmed.at(-1) as string) && NOT_A_PHOTO_TAIL.test(trimmed))
  ) {
    return fail('not-an-event', 'a map, chart, screenshot or clipping, not a photo of an event');
  }
  return ok(null);
};

/** Words right before a date that make it a cut-off or a running total, not the day something happened. */
const BEFORE_DATE = /(?:截至|截止|截止到|到|至|自|从|直到)$/;
/** Words right after a date that make it the start of something ongoing, not an event. */
const AFTER_DATE = /^(?:起|以来|至今|开始|前|之前|以前|后|之后|以后|前后)/;
/** A time of day between a date and those words (7月1日零时起, 9月1日上午10时起): the words still apply to the date. */
const CLOCK_AFTER_DATE =
  /^(?:(?:凌晨|上午|下午|中午|晚上|晚)?(?:零时|零点|\d{1,2}(?::\d{2}|时(?:\d{1,2}分)?|点))|凌晨|上午|下午|中午|晚上)/;
const CLOCK_FIRST = codesOf('凌上下中晚零0123456789');

/**
 * The same question once the date is known (its span in the normalised text): `截至 12 月 2 日，中国已向…` is a
 * running total and `6 月 1 日起，…开设栏目` an ongoing state; neither happened on that day.
 */
export const classifyDatedCaption = (text: string, dateIndex: number, dateLength: number): Verdict => {
  const before = text.slice(Math.max(0, dateIndex - 4), dateIndex);
  let end = dateIndex + dateLength;
  if (CLOCK_FIRST[text.charCodeAt(end)] === 1) end += CLOCK_AFTER_DATE.exec(text.slice(end, end + 10))?.[0].length ?? 0;
  const after = text.slice(end, end + 3);
  if (BEFORE_DATE.test(before)) return fail('not-an-event', `"${before.slice(-2)}" + date: a cut-off, not an event`);
  if (AFTER_DATE.test(after)) return fail('not-an-event', `date + "${after.slice(0, 2)}": a period, not an event`);
  return ok(null);
};

/** Words that say when without giving a calendar date: 近日, 当天, 春节期间, 正月十五, 农历八月十五, 国庆假期首日 … */
const VAGUE_TIME =
  /近日|日前|近期|连日|当天|当日|当晚|今天|昨天|前天|今年|去年|春节|除夕|元宵|正月|大年|腊月|农历|阴历|七夕|重阳|腊八|小年|冬至|夏至|春分|秋分|时节|节气|前夕|国庆|中秋|端午|清明|假期|黄金周|节日|节前|节后|本周|上周|月初|月中|月底|年初|年底|凌晨|清晨|上午|下午|傍晚|夜间/;

/**
 * A running total's clause (截至今年6月底，…): its time words say when the count stops, not when anything happened,
 * so they do not make the caption an event.
 */
const CUT_OFF_CLAUSE = /(?:截至|截止)[^，。；！？]*/g;

/**
 * A caption without a usable date may still tell something that happened at a time it names vaguely (`近日，游客在…`,
 * `正月十五当晚`): an event whose date is unknown. One with no time word at all (`一位老人在家门口晒太阳`) is a
 * timeless description. The captions command answers is_event from this; the prebuild rejects both, as neither can
 * go on a timeline.
 */
export const namesVagueTime = (text: string): boolean =>
  VAGUE_TIME.test(text.includes('截') ? text.replace(CUT_OFF_CLAUSE, '') : text);
