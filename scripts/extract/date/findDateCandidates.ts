import { CHINESE_NUMERAL_CHARS, chineseCount, chineseYear } from './chineseNumber.ts';
import { codesOf } from '../text/codeTable.ts';

/** A date as the text gives it; missing fields come from the article date later. */
export interface PartialPoint {
  year: number | null;
  month: number | null;
  day: number | null;
}

/** Where the month of a day-only date comes from. */
export type MonthAnchor = 'this-month' | 'last-month' | 'local-time' | 'article-month';

/**
 * Why this date and not another: shot and leading dates are the photo's, inline ones are mentioned in passing; a photo
 * date (…。图为7月1日，…) names the photo after a first sentence that gave the background.
 */
export type DateRole = 'photo' | 'leading' | 'shot' | 'inline' | 'fallback';

export type Candidate =
  | {
      kind: 'calendar';
      index: number;
      length: number;
      start: PartialPoint;
      end: PartialPoint | null;
      /** 今年 0, 去年 −1, 前年 −2, 明年 +1: the year is the article's plus this; null when not relative. */
      relativeYear: number | null;
      monthAnchor: MonthAnchor | null;
      role: DateRole;
      rules: string[];
    }
  | { kind: 'offset'; index: number; length: number; days: number; role: DateRole; rules: string[] }
  | {
      kind: 'weekday';
      index: number;
      length: number;
      /** 0 = Sunday … 6 = Saturday. */
      weekday: number;
      /** null: the latest such day on or before the article; 0: this week's; −1: last week's (weeks start Monday). */
      week: 0 | -1 | null;
      /** The last day of a weekday range (周三至周五), counted on from the first; null for one day. */
      endWeekday: number | null;
      role: DateRole;
      rules: string[];
    };

interface NumberRead {
  value: number;
  end: number;
  chinese: boolean;
}

/** By code: s[j] would make a string of a Han character at every call. */
const skipSpace = (s: string, j: number): number => (s.charCodeAt(j) === 0x20 ? j + 1 : j);

const CHINESE_YEAR = /[〇零○O一二三四五六七八九]{4}/y;
const CHINESE_COUNT = /[一二三四五六七八九十廿卅]{1,3}/y;

/**
 * Which codes can start each sticky pattern below: a sticky match at i starts with s[i], so testing that one code
 * first turns most attempts down without running the pattern (each reader tries several in a row).
 */
const DIGIT_CODE = codesOf('0123456789');
const CHINESE_YEAR_FIRST = codesOf('〇零○O一二三四五六七八九');
const CHINESE_COUNT_FIRST = codesOf('一二三四五六七八九十廿卅');
const RELATIVE_YEAR_FIRST = codesOf('今去前明');
const MONTH_ANCHOR_FIRST = codesOf('本当上');
const ROC_ERA_FIRST = codesOf('中民');
/** Whether s[i] is one of the table's codes (false past the end: charCodeAt gives NaN). */
const startsWithCode = (table: Uint8Array, s: string, i: number): boolean => table[s.charCodeAt(i)] === 1;

const readSticky = (re: RegExp, s: string, i: number): string | null => {
  re.lastIndex = i;
  const m = re.exec(s);
  return m ? m[0] : null;
};

/** How many ASCII digits run from s[i] (counting stops at `max`). */
const digitRun = (s: string, i: number, max: number): number => {
  let n = 0;
  while (n < max && DIGIT_CODE[s.charCodeAt(i + n)] === 1) n++;
  return n;
};

/** The number written by the ASCII digits s[i, i + length). */
const digitsValue = (s: string, i: number, length: number): number => {
  let value = 0;
  for (let k = i; k < i + length; k++) value = value * 10 + s.charCodeAt(k) - 0x30;
  return value;
};

const readYear = (s: string, i: number): NumberRead | null => {
  if (startsWithCode(DIGIT_CODE, s, i)) {
    // Four ASCII digits and no fifth, read by code (this runs at every number of every caption: no match array).
    return digitRun(s, i, 5) === 4 ? { value: digitsValue(s, i, 4), end: i + 4, chinese: false } : null;
  }
  const chinese = startsWithCode(CHINESE_YEAR_FIRST, s, i) ? readSticky(CHINESE_YEAR, s, i) : null;
  const value = chinese ? chineseYear(chinese) : null;
  return chinese && value !== null ? { value, end: i + chinese.length, chinese: true } : null;
};

const readCount = (s: string, i: number): NumberRead | null => {
  if (startsWithCode(DIGIT_CODE, s, i)) {
    // One or two ASCII digits and no third, read by code.
    const digits = digitRun(s, i, 3);
    return digits <= 2 ? { value: digitsValue(s, i, digits), end: i + digits, chinese: false } : null;
  }
  const chinese = startsWithCode(CHINESE_COUNT_FIRST, s, i) ? readSticky(CHINESE_COUNT, s, i) : null;
  if (!chinese) return null;
  // Try the longest run first: 二十一日 reads 二十一, not 二.
  for (let len = chinese.length; len > 0; len--) {
    const value = chineseCount(chinese.slice(0, len));
    if (value !== null) return { value, end: i + len, chinese: true };
  }
  return null;
};

/** Reads `<number><unit>` (spaces allowed between), e.g. `8 月`. */
const readUnit = (
  s: string,
  i: number,
  read: (s: string, i: number) => NumberRead | null,
  units: string,
): NumberRead | null => {
  const n = read(s, i);
  if (!n) return null;
  const at = skipSpace(s, n.end);
  // The unit by code (past the end charCodeAt gives NaN, no unit); `n` is the reader's own new object.
  const code = s.charCodeAt(at);
  for (let k = 0; k < units.length; k++) {
    if (units.charCodeAt(k) === code) {
      n.end = at + 1;
      return n;
    }
  }
  return null;
};

interface PointRead {
  point: PartialPoint;
  end: number;
  chinese: boolean;
  numeric: boolean;
  relativeYear: number | null;
  monthAnchor: MonthAnchor | null;
  /** The year was counted from 1912 (民国111年 = 2022), as Taiwan writes it. */
  rocYear?: boolean;
}

const RANGE_LINK = /\s?(至|到|——|—|–|-|~|～|〜)\s?/y;
/** A time of day after a day (7月20日晚): skipped when a range link follows it. */
const TIME_OF_DAY = /凌晨|清晨|早晨|早上|上午|中午|午后|下午|傍晚|晚上|晚间|夜间|深夜|白天|夜里|晚|夜|早/y;
const TIME_OF_DAY_FIRST = codesOf('凌清早上中午下傍晚夜深白');
const LIST_LINK = /\s?(、|和|及|与)\s?/y;
const NUMERIC_DATE = /(\d{4})([./-])(\d{1,2})\2(\d{1,2})(?![\d.])/y;
const BARE_YEAR_RANGE = /(\d{4})\s?(?:至|到|——|—|–|-|~|～)\s?(\d{4})\s?年/y;
const RELATIVE_YEAR: Record<string, number> = { 今年: 0, 去年: -1, 前年: -2, 明年: 1 };
const RELATIVE_YEAR_RULE: Record<number, string> = {
  0: 'this-year',
  [-1]: 'last-year',
  [-2]: 'year-before-last',
  1: 'next-year',
};
const RELATIVE_YEAR_WORD = /今年|去年|前年|明年/y;
const MONTH_ANCHOR: Record<string, MonthAnchor> = {
  本月: 'this-month',
  当月: 'this-month',
  上月: 'last-month',
  上个月: 'last-month',
};
const MONTH_ANCHOR_WORD = /本月|当月|上个月|上月/y;

const ROC_ERA = /(?:中华)?民国\s?/y;
const ROC_ARABIC_YEAR = /\d{1,3}(?!\d)/y;
const ROC_FIRST_YEAR = 1911;

/** A year of the Republic of China era: 民国111年 → 2022, 民国三十八年 → 1949. */
const readRocYear = (s: string, i: number): NumberRead | null => {
  const era = startsWithCode(ROC_ERA_FIRST, s, i) ? readSticky(ROC_ERA, s, i) : null;
  if (!era) return null;
  const at = i + era.length;
  const arabic = readSticky(ROC_ARABIC_YEAR, s, at);
  const n: NumberRead | null = arabic
    ? { value: Number(arabic), end: at + arabic.length, chinese: false }
    : readCount(s, at);
  if (!n || n.value < 1) return null;
  const unit = skipSpace(s, n.end);
  return s[unit] === '年' ? { value: ROC_FIRST_YEAR + n.value, end: unit + 1, chinese: n.chinese } : null;
};

/** A day number with its 日 left off before a range: `9月25至28日`. */
const unitlessDayBeforeRange = (s: string, i: number): NumberRead | null => {
  const n = readCount(s, i);
  if (!n) return null;
  RANGE_LINK.lastIndex = n.end;
  const link = RANGE_LINK.exec(s);
  if (!link) return null;
  return readUnit(s, RANGE_LINK.lastIndex, readCount, '日号') ? n : null;
};

/**
 * One date at position i: `2019年8月21日`, `2019.8.21`, `二〇一九年八月`, `8月21日`, `21日`, `今年10月`, `本月5日`.
 * Returns null when the text at i is not a date (a count, an ordinal, a duration).
 */
/**
 * `allowBareDay`: whether a day-only date may start at i; null when it depends on the text before i (BARE_DAY_BEFORE),
 * which is then read only if a day-only date is in question (most dates have a month).
 */
const readPoint = (s: string, i: number, allowBareDay: boolean | null): PointRead | null => {
  NUMERIC_DATE.lastIndex = i;
  const numeric = startsWithCode(DIGIT_CODE, s, i) ? NUMERIC_DATE.exec(s) : null;
  if (numeric) {
    return {
      point: { year: Number(numeric[1]), month: Number(numeric[3]), day: Number(numeric[4]) },
      end: i + numeric[0].length,
      chinese: false,
      numeric: true,
      relativeYear: null,
      monthAnchor: null,
    };
  }

  let at = i;
  let relativeYear: number | null = null;
  let monthAnchor: MonthAnchor | null = null;
  let chinese = false;
  let rocYear = false;
  const point: PartialPoint = { year: null, month: null, day: null };

  const relYear = startsWithCode(RELATIVE_YEAR_FIRST, s, at) ? readSticky(RELATIVE_YEAR_WORD, s, at) : null;
  const anchor = relYear || !startsWithCode(MONTH_ANCHOR_FIRST, s, at) ? null : readSticky(MONTH_ANCHOR_WORD, s, at);
  if (relYear) {
    relativeYear = RELATIVE_YEAR[relYear];
    at = skipSpace(s, at + relYear.length);
  } else if (anchor) {
    monthAnchor = MONTH_ANCHOR[anchor];
    at = skipSpace(s, at + anchor.length);
  } else {
    const roc = readRocYear(s, at);
    const year = roc ?? readUnit(s, at, readYear, '年');
    if (year) {
      point.year = year.value;
      chinese ||= year.chinese;
      at = skipSpace(s, year.end);
    }
    if (roc) rocYear = true;
  }

  if (!monthAnchor) {
    const month = readUnit(s, at, readCount, '月');
    if (month && month.value >= 1 && month.value <= 12) {
      point.month = month.value;
      chinese ||= month.chinese;
      at = skipSpace(s, month.end);
    } else if (point.year === null) {
      // 今年 / 去年 alone is not a date we place on the timeline; nor is a bare number. With a part of the year
      // (今年初, 去年年底, 今年春节) it is the year, and readExpression reads the qualifier.
      if (relativeYear !== null) {
        if (readSticky(YEAR_QUALIFIER, s, at) === null) return null;
        return { point, end: at, chinese, numeric: false, relativeYear, monthAnchor, rocYear };
      }
      if (!(allowBareDay ??= bareDayAllowed(s, i))) return null;
    }
  }

  const canHaveDay = point.month !== null || (point.year === null && relativeYear === null);
  if (canHaveDay) {
    const day = readUnit(s, at, readCount, point.month !== null ? '日号' : '日') ?? unitlessDayBeforeRange(s, at);
    if (day && day.value >= 1 && day.value <= 31) {
      point.day = day.value;
      chinese ||= day.chinese;
      at = day.end;
    }
  }

  if (point.year === null && point.month === null && point.day === null) {
    // 本月中旬 / 上月底: the anchored month, at month precision (readExpression reads the qualifier).
    if (monthAnchor === null || readSticky(MONTH_QUALIFIER, s, at) === null) return null;
    return { point, end: at, chinese, numeric: false, relativeYear, monthAnchor, rocYear };
  }
  if (point.month === null && point.day !== null && !(allowBareDay ??= bareDayAllowed(s, i)) && monthAnchor === null) {
    return null;
  }
  if (point.year === null && point.day === null && point.month !== null && chinese && relativeYear === null) {
    return null; // 三月 alone reads like a count or a season (阳春三月); 今年三月 or 三月五日 are dates.
  }
  // Give back a trailing space we skipped but did not use.
  const end = s[at - 1] === ' ' ? at - 1 : at;
  return { point, end, chinese, numeric: false, relativeYear, monthAnchor, rocYear };
};

const precisionRank = (p: PartialPoint): number => (p.day !== null ? 3 : p.month !== null ? 2 : 1);

/** Fuzzy parts of a period that keep its precision: 2019年春节 (year), 2020年3月上旬 (month). */
const YEAR_QUALIFIER =
  /春节期间|春节前后|春节|元旦|国庆节?|“五一”|五一|“十一”|年初|年底|年末|年中|上半年|下半年|初(?![步心见次级期衷])|底(?![部线层下])|末(?![端梢])|春季|夏季|秋季|冬季|春天|夏天|秋天|冬天/y;
const MONTH_QUALIFIER = /上旬|中旬|下旬|初(?![步心见次级期衷])|底(?![部线层下])|末(?![端梢])|中下旬|份/y;
/**
 * Days with a fixed date in the solar calendar, named before 当天 / 当日 / 当晚 / 当夜 (元旦当天, 国庆节当晚, 圣诞节当天):
 * that month and day, the year from the article like any date without one. Holidays whose dates move (春节, 端午,
 * 五一 and 国庆 holidays as a whole) are not here: only the day itself is meant.
 */
const FIXED_DAY: Readonly<Record<string, readonly [month: number, day: number]>> = {
  元旦: [1, 1],
  情人节: [2, 14],
  妇女节: [3, 8],
  植树节: [3, 12],
  劳动节: [5, 1],
  五一: [5, 1],
  青年节: [5, 4],
  儿童节: [6, 1],
  六一: [6, 1],
  建党节: [7, 1],
  七一: [7, 1],
  建军节: [8, 1],
  八一: [8, 1],
  教师节: [9, 10],
  国庆: [10, 1],
  国庆节: [10, 1],
  国家公祭日: [12, 13],
  平安夜: [12, 24],
  圣诞节: [12, 25],
};
/** One of FIXED_DAY's names right before the offset word (the longest: 国庆节 before 国庆). */
const FIXED_DAY_BEFORE = new RegExp(
  `(?:${Object.keys(FIXED_DAY)
    .sort((a, b) => b.length - a.length)
    .join('|')})$`,
);
/** The offset words that mean the day just named (元旦当天). */
const SAME_DAY_WORD = /当天|当日|当晚|当夜/y;
const FIXED_DAY_LONGEST = Math.max(...Object.keys(FIXED_DAY).map((name) => name.length));

/** The text after a date says it is not the event's date: a start, a founding, a target, a duration. */
const NOT_EVENT_AFTER =
  /^(?:以来|来(?![到自临])|起|至今|以后|以前|之前|之后|前(?![往来去夕后])|后|开始|成立|建成|建立|创建|创办|始建|出生|诞生|竣工|落成|通车|开通|远景|目标|规划|届|版|年代|周年|左右|为止|内(?!蒙))/;
/** The text before a date says the same: a running total (截至), a founding (建于), a birth (生于). */
const NOT_EVENT_BEFORE =
  /(?:截至|截止|截止到|建于|始建于|成立于|建成于|创建于|创办于|始于|生于|出生于|诞生于|落成于|竣工于|直到|直至)\s?$/;
/** Photographer's date: （2020年6月19日摄）, 这是2019年8月21日拍摄的, 摄于2019年. */
const SHOT_AFTER = /^\s?(?:摄|拍摄|航拍|摄影|拍|无人机照片|手机照片)/;
const SHOT_BEFORE = /(?:摄于|拍摄于|摄影于|拍摄时间：?|拍摄日期：?)\s?$/;
const TIME_ZONE_BEFORE = /(当地时间|北京时间)\s?$/;
const SINCE_IN_CLAUSE = /^[^，。；！？、（）]*以来/;
/** A date is the caption's leading date when only a lead-in precedes it. */
const LEADING_BEFORE =
  /^(?:(?:资料图片?|资料照片|图片?|上图|下图|左图|右图)[：:]?)?(?:这是|图为|图片为|上图为?|下图为?|左图为?|右图为?)?(?:当地时间|北京时间|时间：)?\s?$/;
/** Day-only dates (20日) count only in these places; elsewhere 20日 is too often something else. */
const BARE_DAY_BEFORE = /(?:^|[。；！？，、（]|当地时间|北京时间|于|在|从|自|图为)\s?$/;
/** A later sentence that opens with 图为 + date: that date is the photo's (…举行。图为12日，…). */
const PHOTO_LEAD = /[。；！？]\s?(?:图为|图片为|上图为?|下图为?)(?:当地时间|北京时间)?\s?$/;
/** The last character PHOTO_LEAD can end on (a space aside): a cheap test before the pattern. */
const PHOTO_LEAD_LAST = codesOf('为间');
const bareDayAllowed = (s: string, i: number): boolean => BARE_DAY_BEFORE.test(s.slice(Math.max(0, i - 4), i));

const roleOf = (s: string, index: number, end: number, coarse: boolean): DateRole | 'excluded' => {
  const before = s.slice(Math.max(0, index - 8), index);
  const after = s.slice(end, end + 6);
  if (NOT_EVENT_BEFORE.test(before) || NOT_EVENT_AFTER.test(after)) return 'excluded';
  // 1978年改革开放以来: a start year or month with 以来 later in the same clause.
  if (coarse && SINCE_IN_CLAUSE.test(s.slice(end, end + 12))) return 'excluded';
  if (SHOT_AFTER.test(after) || SHOT_BEFORE.test(before)) return 'shot';
  if (index <= 16 && LEADING_BEFORE.test(s.slice(0, index))) return 'leading';
  const last = s.charCodeAt(index - 1) === 0x20 ? s.charCodeAt(index - 2) : s.charCodeAt(index - 1);
  if (PHOTO_LEAD_LAST[last] === 1 && PHOTO_LEAD.test(s.slice(Math.max(0, index - 10), index))) return 'photo';
  return 'inline';
};

const formRules = (start: PointRead): string[] => {
  const p = start.point;
  const rules: string[] = [];
  if (start.numeric) rules.push('numeric-ymd');
  else if (start.relativeYear !== null) rules.push(RELATIVE_YEAR_RULE[start.relativeYear]);
  else if (start.monthAnchor !== null)
    rules.push(start.monthAnchor === 'last-month' ? 'last-month-day' : 'this-month-day');
  else if (p.year !== null)
    rules.push(p.day !== null ? 'explicit-ymd' : p.month !== null ? 'explicit-ym' : 'explicit-y');
  else if (p.month !== null) rules.push(p.day !== null ? 'month-day' : 'month-only');
  else rules.push('day-only');
  if (start.chinese) rules.push('chinese-numerals');
  if (start.rocYear) rules.push('roc-year');
  return rules;
};

/** A range end has the start's precision: 25日至28日, 7月至8月, 2015年至2017年 (not 2019年至8月5日). */
const compatibleEnd = (start: PartialPoint, end: PartialPoint): boolean => precisionRank(start) === precisionRank(end);

interface Expression {
  start: PointRead;
  end: PartialPoint | null;
  endIndex: number;
  rules: string[];
}

const readExpression = (s: string, i: number, allowBareDay: boolean | null): Expression | null => {
  BARE_YEAR_RANGE.lastIndex = i;
  const years = startsWithCode(DIGIT_CODE, s, i) ? BARE_YEAR_RANGE.exec(s) : null;
  if (years) {
    const start: PointRead = {
      point: { year: Number(years[1]), month: null, day: null },
      end: i + 4,
      chinese: false,
      numeric: false,
      relativeYear: null,
      monthAnchor: null,
    };
    return {
      start,
      end: { year: Number(years[2]), month: null, day: null },
      endIndex: i + years[0].length,
      rules: ['explicit-y', 'range'],
    };
  }

  const start = readPoint(s, i, allowBareDay);
  if (!start) return null;
  const rules = formRules(start);
  let endIndex = start.end;
  let end: PartialPoint | null = null;

  // A range (至, 到, -) or, for days, a list (4月8日、9日): the last item is the end. A time of day may sit between
  // a day and the link (7月20日晚至21日凌晨).
  const clock = start.point.day !== null && TIME_OF_DAY_FIRST[s.charCodeAt(endIndex)] === 1;
  const timeOfDay = clock ? readSticky(TIME_OF_DAY, s, endIndex) : null;
  RANGE_LINK.lastIndex = endIndex + (timeOfDay?.length ?? 0);
  const range = RANGE_LINK.exec(s);
  if (range) {
    const second = readPoint(s, RANGE_LINK.lastIndex, true);
    if (
      second &&
      second.relativeYear === null &&
      second.monthAnchor === null &&
      compatibleEnd(start.point, second.point)
    ) {
      end = second.point;
      endIndex = second.end;
      rules.push('range');
    }
  }
  if (!end && start.point.day !== null) {
    for (;;) {
      LIST_LINK.lastIndex = endIndex;
      const link = LIST_LINK.exec(s);
      if (!link) break;
      const next = readPoint(s, LIST_LINK.lastIndex, true);
      if (!next || next.point.day === null || next.point.year !== null || next.relativeYear !== null) break;
      end = next.point;
      endIndex = next.end;
      if (!rules.includes('list')) rules.push('list');
    }
  }

  if (!end && start.point.day === null) {
    // Qualifiers keep the precision (never a made-up day); a fixed-month holiday gives the month.
    const monthKnown = start.point.month !== null || start.monthAnchor !== null;
    const read = readSticky(monthKnown ? MONTH_QUALIFIER : YEAR_QUALIFIER, s, endIndex);
    // 今年“十一”假期: the National Day holiday by its date in quotes (十一 alone is a number).
    const qualifier = read === '“十一”' ? '国庆' : read === '“五一”' ? '五一' : read;
    const written = read?.length ?? 0;
    const yearKnown = start.point.year !== null || start.relativeYear !== null;
    // 2019年国庆节当天: the holiday's own day, so the day is known after all.
    const dayOf = qualifier && FIXED_DAY[qualifier] ? readSticky(SAME_DAY_WORD, s, endIndex + written) : null;
    if (qualifier && yearKnown && start.point.month === null && dayOf) {
      [start.point.month, start.point.day] = FIXED_DAY[qualifier];
      rules.push('fixed-day');
      endIndex += dayOf.length;
    } else if (qualifier && yearKnown && start.point.month === null && FIXED_DAY[qualifier]) {
      // A fixed-date holiday alone (2019年国庆) gives its month; the day is not claimed.
      start.point.month = FIXED_DAY[qualifier][0];
      rules.push('holiday-month');
    } else if (qualifier) rules.push('qualifier');
    if (qualifier) endIndex += written;
  }
  return { start, end, endIndex, rules };
};

const OFFSET_WORDS: Record<string, [number, string, DateRole]> = {
  前天: [-2, 'day-before-yesterday', 'inline'],
  前日: [-2, 'day-before-yesterday', 'inline'],
  前晚: [-2, 'day-before-yesterday', 'inline'],
  昨晚: [-1, 'yesterday', 'inline'],
  昨夜: [-1, 'yesterday', 'inline'],
  昨晨: [-1, 'yesterday', 'inline'],
  今晨: [0, 'today', 'inline'],
  今早: [0, 'today', 'inline'],
  今晚: [0, 'today', 'inline'],
  当晚: [0, 'same-day-as-article', 'fallback'],
  当夜: [0, 'same-day-as-article', 'fallback'],
  昨天: [-1, 'yesterday', 'inline'],
  昨日: [-1, 'yesterday', 'inline'],
  今天: [0, 'today', 'inline'],
  今日: [0, 'today', 'inline'],
  明天: [1, 'tomorrow', 'inline'],
  明日: [1, 'tomorrow', 'inline'],
  当天: [0, 'same-day-as-article', 'fallback'],
  当日: [0, 'same-day-as-article', 'fallback'],
  同日: [0, 'same-day-as-article', 'fallback'],
  同一天: [0, 'same-day-as-article', 'fallback'],
};
/** First characters of words that start a date: 今年, 去年, 前年, 明年, 本月, 当月, 上月, (中华)民国. */
const WORD_START = '今去前明本当上民中';
/** First characters of the words below: a cheap test before the regular expression. */
const OFFSET_FIRST = '前昨今明当同';
const WEEKDAY_FIRST = '上本这星礼周';
const OFFSET_WORD =
  /前天|前日|前晚|昨天|昨日|昨晚|昨夜|昨晨|今天|今日|今晨|今早|今晚|明天|明日|当天|当日|当晚|当夜|同日|同一天/y;
/**
 * 前日 (Hong Kong and Taiwan papers' 前天) and 前晚 only as words of their own: at a clause's start, or after a subject when an
 * action or a time follows (市民前日在…, 警方前日起…). Not inside 当前日益, 提前日程, 此前日方, nor before 本
 * (前日本首相, a former Japanese prime minister).
 */
const FORMER_DAY_BEFORE = /(?:^|[^\p{Script=Han}]|[于在自从至到和与及、])$/u;
const FORMER_DAY_AFTER = /^[，（\s在到于赴出举起发进晚早上下午凌深夜傍]/u;
/** Before 当天 / 当日 / 当晚: a Han character that is no preposition ends the name of the day meant (元旦当天). */
const DAY_OF_NAMED_BEFORE = /[\p{Script=Han}](?<![为在于是的即了时到])$/u;

/** 前日 / 前晚 as words of their own; 今晚 not as the start of 今晚报 (a Tianjin daily). */
const offsetWordStandsAlone = (word: string, s: string, i: number): boolean =>
  word === '前日' || word === '前晚' ? isDayBeforeYesterday(s, i) : word !== '今晚' || s[i + 2] !== '报';
const isDayBeforeYesterday = (s: string, i: number): boolean =>
  s.charCodeAt(i + 2) !== 0x672c &&
  (FORMER_DAY_BEFORE.test(s.slice(Math.max(0, i - 1), i)) || FORMER_DAY_AFTER.test(s.slice(i + 2, i + 3)));
/** Words that contain an offset word but are not dates: 今日头条, 明日之星, 昨日重现. */
const OFFSET_FALSE_AFTER = /^(?:头条|之星|重现|说法|关注|视点|中国|要闻|新闻)/;

const WEEKDAY_WORD = /(上|本|这)?(?:星期|礼拜|周)([一二三四五六日天])/y;
const WEEKDAY_NUMBER: Record<string, number> = { 日: 0, 天: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6 };
/** 每周一, 两周一次, 一周年, 周边: not weekdays. */
const WEEKDAY_FALSE_BEFORE = /[每个一二两三四五六七八九十几数\d]$/;
const WEEKDAY_FALSE_AFTER = /^[年末边围刊报岁次个期内]/;

/**
 * The characters at which the scan below may find anything (offset and weekday words, numbers, 今年-style words),
 * by code: most characters of a caption start nothing and are passed over without a string or a search each.
 */
const OFFSET_FIRST_CODE = codesOf(OFFSET_FIRST);
const WEEKDAY_FIRST_CODE = codesOf(WEEKDAY_FIRST);
const WORD_START_CODE = codesOf(WORD_START);
const NUMERAL_CODE = codesOf(CHINESE_NUMERAL_CHARS);
const MAY_START = codesOf(OFFSET_FIRST + WEEKDAY_FIRST + WORD_START + CHINESE_NUMERAL_CHARS + '0123456789');

/** Every date-like expression in normalised text, in order, with its role (excluded ones are left out). */
export const findDateCandidates = (s: string): Candidate[] => {
  const found: Candidate[] = [];
  for (let i = 0; i < s.length;) {
    const code = s.charCodeAt(i);
    if (MAY_START[code] === 0) {
      i++;
      continue;
    }
    const prevCode = i > 0 ? s.charCodeAt(i - 1) : -1;

    const offsetWord = OFFSET_FIRST_CODE[code] === 1 ? readSticky(OFFSET_WORD, s, i) : null;
    if (
      offsetWord &&
      !OFFSET_FALSE_AFTER.test(s.slice(i + offsetWord.length, i + offsetWord.length + 2)) &&
      offsetWordStandsAlone(offsetWord, s, i)
    ) {
      const [days, rule, role] = OFFSET_WORDS[offsetWord];
      // 正月十五当晚, 元旦当天, 开幕当天: the day of what is named before, which is not the article's day; when that
      // is a day with a fixed date (元旦, 国庆节), it is that date.
      if (role !== 'fallback' || !DAY_OF_NAMED_BEFORE.test(s.slice(Math.max(0, i - 1), i))) {
        found.push({ kind: 'offset', index: i, length: offsetWord.length, days, role, rules: [rule] });
      } else {
        const named = FIXED_DAY_BEFORE.exec(s.slice(Math.max(0, i - FIXED_DAY_LONGEST), i));
        if (named) {
          const [month, day] = FIXED_DAY[named[0]];
          const index = i - named[0].length;
          const endIndex = i + offsetWord.length;
          const fixedRole = roleOf(s, index, endIndex, false);
          if (fixedRole !== 'excluded') {
            found.push({
              kind: 'calendar',
              index,
              length: endIndex - index,
              start: { year: null, month, day },
              end: null,
              relativeYear: null,
              monthAnchor: null,
              role: fixedRole,
              rules: ['fixed-day'],
            });
          }
        }
      }
      i += offsetWord.length;
      continue;
    }

    WEEKDAY_WORD.lastIndex = i;
    const weekday = WEEKDAY_FIRST_CODE[code] === 1 ? WEEKDAY_WORD.exec(s) : null;
    if (
      weekday &&
      !WEEKDAY_FALSE_BEFORE.test(s.slice(Math.max(0, i - 1), i)) &&
      !WEEKDAY_FALSE_AFTER.test(s.slice(i + weekday[0].length, i + weekday[0].length + 1))
    ) {
      const week = weekday[1] === '上' ? -1 : weekday[1] ? 0 : null;
      const index = i;
      let length = weekday[0].length;
      const rules = [week === -1 ? 'last-week-weekday' : week === 0 ? 'this-week-weekday' : 'weekday'];
      // 周三至周五: a range of days in the same week.
      let endWeekday: number | null = null;
      RANGE_LINK.lastIndex = i + length;
      if (RANGE_LINK.exec(s)) {
        WEEKDAY_WORD.lastIndex = RANGE_LINK.lastIndex;
        const second = WEEKDAY_WORD.exec(s);
        if (second && !second[1]) {
          endWeekday = WEEKDAY_NUMBER[second[2]];
          length = WEEKDAY_WORD.lastIndex - i;
          rules.push('range');
        }
      }
      found.push({
        kind: 'weekday',
        index,
        length,
        weekday: WEEKDAY_NUMBER[weekday[2]],
        week,
        endWeekday,
        role: 'inline',
        rules,
      });
      i += length;
      continue;
    }

    // A date starts at a number (not in the middle of one) or at 今年 / 本月-style words.
    const startsNumber =
      (DIGIT_CODE[code] === 1 && DIGIT_CODE[prevCode] !== 1 && prevCode !== 0x2e) ||
      (NUMERAL_CODE[code] === 1 && NUMERAL_CODE[prevCode] !== 1);
    const startsWord = WORD_START_CODE[code] === 1;
    if (!startsNumber && !startsWord) {
      i++;
      continue;
    }
    const expression = readExpression(s, i, null);
    if (!expression) {
      i++;
      continue;
    }
    const { start, end, endIndex, rules } = expression;
    const role = roleOf(s, i, endIndex, start.point.day === null);
    if (role !== 'excluded') {
      // 当地时间 / 北京时间 belong to the date as written: cut out together, the rest of the caption reads cleanly.
      const clock = TIME_ZONE_BEFORE.exec(s.slice(Math.max(0, i - 5), i));
      const index = clock ? i - clock[0].length : i;
      const localTime = start.point.month === null && start.point.year === null && clock?.[1] === '当地时间';
      const monthAnchor =
        start.monthAnchor ??
        (start.point.month === null && start.point.year === null ? (localTime ? 'local-time' : 'article-month') : null);
      found.push({
        kind: 'calendar',
        index,
        length: endIndex - index,
        start: start.point,
        end,
        relativeYear: start.relativeYear,
        monthAnchor,
        role,
        rules: localTime ? [...rules, 'local-time'] : rules,
      });
    }
    i = endIndex;
  }
  return found;
};
