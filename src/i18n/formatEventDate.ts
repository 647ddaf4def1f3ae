import { format } from 'date-fns';
import { enUS, zhCN } from 'date-fns/locale';
import type { Precision } from '../model/event.ts';
import type { Lang } from './strings.ts';
import { chinaWallDate } from './chinaWallDate.ts';

const PATTERNS: Record<Lang, Record<Precision, string>> = {
  zh: { day: 'yyyy年M月d日', month: 'yyyy年M月', year: 'yyyy年' },
  en: { day: 'MMM d, yyyy', month: 'MMMM yyyy', year: 'yyyy' },
};

/** An event's date in the UI language at its precision, with a range as "start – end" (both in China time). */
export function formatEventDate(t0: number, t1: number, precision: Precision, ranged: boolean, lang: Lang): string {
  const locale = lang === 'zh' ? zhCN : enUS;
  const start = format(chinaWallDate(t0), PATTERNS[lang][precision], { locale });
  if (!ranged) return start;
  const end = format(chinaWallDate(t1), PATTERNS[lang].day, { locale });
  return `${start} – ${end}`;
}
