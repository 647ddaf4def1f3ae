import type { Place } from '../model/event.ts';

/** The place from province down to the local text, or the foreign place: 山西省 › 临汾市 › 霍州市 › 师庄乡冯南垣村. */
export function placeChain(where: Place, lang: 'zh' | 'en'): string {
  if (where.foreign) return where.local ? `${where.foreign} › ${where.local}` : where.foreign;
  const parts = [where.province?.name, where.prefecture?.name, where.county?.name, where.local].filter(
    (part): part is string => Boolean(part),
  );
  return parts.length ? parts.join(' › ') : lang === 'zh' ? '地点不详' : 'Place unknown';
}
