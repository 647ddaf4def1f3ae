import type { Division, Gazetteer } from '../../src/model/gazetteer.ts';
import type { EvalLine } from './evalLine.ts';

/**
 * Problems with a gold label's place: every name must be an official full name of the gazetteer, and the levels
 * must form one chain (a county's parent is the prefecture, or the province when the prefecture is null).
 */
export function checkGoldPlace(gold: EvalLine['gold'], gazetteer: Gazetteer): string[] {
  const { province, prefecture, county } = gold;
  const named = (name: string, level: Division['level']): Division[] =>
    gazetteer.lookup(name).filter((d) => d.name === name && d.level === level);
  const problems: string[] = [];
  const provinces = province ? named(province, 'province') : [];
  if (province && provinces.length === 0) problems.push(`province "${province}" is not an official full name`);
  if ((prefecture || county) && !province) problems.push('a lower level is set without the province');

  const prefectures = prefecture ? named(prefecture, 'prefecture').filter((d) => d.parent === provinces[0]?.code) : [];
  if (prefecture && prefectures.length === 0) problems.push(`prefecture "${prefecture}" is not under ${province}`);

  if (county) {
    const parentCode = prefecture ? prefectures[0]?.code : provinces[0]?.code;
    if (!named(county, 'county').some((d) => d.parent === parentCode)) {
      problems.push(`county "${county}" is not directly under ${prefecture ?? province}`);
    }
  }
  if (!gold.is_event && (gold.date || province || gold.foreign_place)) {
    problems.push('a non-event carries a date or place');
  }
  if (gold.date_end && gold.date && gold.date_end < gold.date) problems.push('date_end is before date');
  return problems;
}
