import type { EventTable } from '../data/eventTable.ts';
import { ELSEWHERE } from '../data/filter.ts';
import { inRegion } from '../timeline/regionMatch.ts';

/** A region code's name as the events spell it (the first event in it), or the code itself. */
export function regionName(table: EventTable, region: string, elsewhere: string): string {
  if (region === ELSEWHERE) return elsewhere;
  for (let row = 0; row < table.size; row++) {
    if (!inRegion(table, row, region)) continue;
    const where = table.event(row).where;
    const ref = [where.province, where.prefecture, where.county].find((r) => r?.code === region);
    return ref?.name ?? region;
  }
  return region;
}
