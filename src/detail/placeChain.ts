import type { DivisionRef, Place } from '../model/event.ts';

/** The place from province down to the local text, or the foreign place: 山西省 › 临汾市 › 霍州市 › 师庄乡冯南垣村. */
export function placeChain(
  where: Place,
  lang: 'zh' | 'en',
  nameOf: (ref: DivisionRef) => string = (ref) => ref.name,
): string {
  if (where.foreign) return where.local ? `${where.foreign} › ${where.local}` : where.foreign;
  const parts = [where.province, where.prefecture, where.county].map((ref) => ref && nameOf(ref));
  const all = [...parts, where.local].filter((part): part is string => Boolean(part));
  return all.length ? all.join(' › ') : lang === 'zh' ? '地点不详' : 'Place unknown';
}
