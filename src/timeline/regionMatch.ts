import type { EventTable } from '../data/eventTable.ts';
import { ELSEWHERE } from '../data/filter.ts';

/** Whether row i lies in a region given as a province, prefecture or county code, or ELSEWHERE. */
export function inRegion(table: EventTable, row: number, region: string): boolean {
  if (region === ELSEWHERE) return table.province[row] === 0;
  const code = Number(region);
  if (code % 10000 === 0) return table.province[row] === code;
  if (code % 100 === 0) return table.prefecture[row] === code;
  return table.county[row] === code;
}
