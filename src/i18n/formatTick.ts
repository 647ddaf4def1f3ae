import { format } from 'date-fns';
import { enUS, zhCN } from 'date-fns/locale';
import type { Lang } from './strings.ts';
import { chinaWallDate } from './chinaWallDate.ts';

/** The unit a tick marks: the finer row of the axis uses the tick's unit, the row above the next coarser one. */
export type TickUnit = 'year' | 'month' | 'day' | 'hour';

const PATTERNS: Record<Lang, Record<TickUnit, string>> = {
  zh: { year: 'yyyy年', month: 'M月', day: 'd日', hour: 'HH:mm' },
  en: { year: 'yyyy', month: 'MMM', day: 'd', hour: 'HH:mm' },
};

/** Labels for the row above: the full context of the coarser unit (2022年 / 2022年1月 / 1月26日). */
const CONTEXT_PATTERNS: Record<Lang, Record<TickUnit, string>> = {
  zh: { year: 'yyyy年', month: 'yyyy年M月', day: 'M月d日', hour: 'M月d日 HH:mm' },
  en: { year: 'yyyy', month: 'MMM yyyy', day: 'MMM d', hour: 'MMM d HH:mm' },
};

const LOCALES = { zh: zhCN, en: enUS };

/** One tick label of the finer axis row, in China time: 2022年 / 1月 / 26日 / 14:00. */
export function formatTick(t: number, unit: TickUnit, lang: Lang): string {
  return format(chinaWallDate(t), PATTERNS[lang][unit], { locale: LOCALES[lang] });
}

/** A label naming a whole unit with its context, for the coarser row and tooltips: 2022年 / 2022年1月 / 1月26日. */
export function formatContext(t: number, unit: TickUnit, lang: Lang): string {
  return format(chinaWallDate(t), CONTEXT_PATTERNS[lang][unit], { locale: LOCALES[lang] });
}
