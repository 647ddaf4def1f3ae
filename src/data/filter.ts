import type { ViewState } from '../state/store.ts';
import type { EventTable } from './eventTable.ts';

/** The region filter value for events outside the mainland map: foreign places and events with no place. */
export const ELSEWHERE = 'elsewhere';

/**
 * Whether row i passes the view's filters (kind and region), ignoring the time window.
 * region: a province code ("430000"), a prefecture code ("430100"), a county-level code ("110101", "429004": the map's
 * districts of municipalities and counties directly under a province, which have no prefecture), or ELSEWHERE.
 */
export function passesFilters(table: EventTable, i: number, view: Pick<ViewState, 'kinds' | 'region'>): boolean {
  if (table.kind[i] === 0 ? !view.kinds.caption : !view.kinds.text) return false;
  const region = view.region;
  if (region === null) return true;
  if (region === ELSEWHERE) return table.province[i] === 0;
  const code = Number(region);
  if (code % 10000 === 0) return table.province[i] === code;
  if (code % 100 === 0) return table.prefecture[i] === code;
  return table.county[i] === code;
}
