import type { DivisionRow, GazetteerFile } from '../model/gazetteer.ts';

/**
 * The browser's copy of the gazetteer (src/geo/data/gazetteer.browser.json), derived from gazetteer.json to fit the
 * bundle budget. The same rows, with three savings that the app does not notice:
 * - points as whole hundredths of a degree (≈ 1 km; a pixel is ≈ 5 km at country scale), each counted from the
 *   parent's point, so a county's offset is a short number;
 * - aliases only for prefectures (the map labels 湘西土家族苗族自治州 as 湘西州); the former names and short names
 *   the extractor matches on stay in the prebuild's file;
 * - no point source.
 * Row: [code, name, level, parent, aliases, dLon, dLat, en] with dLon/dLat in hundredths of a degree (null: no point).
 */
export type BrowserDivisionRow = [string, string, 0 | 1 | 2, string, string, number | null, number | null, string];

export interface BrowserGazetteerFile {
  source: string;
  vintage: string;
  rows: BrowserDivisionRow[];
}

const HUNDREDTHS = 100;
type Point = [number, number] | null;

export function encodeBrowserGazetteer(file: GazetteerFile): BrowserGazetteerFile {
  const pointOf = new Map<string, Point>();
  const rows = [...file.rows]
    .sort((a, b) => a[0].localeCompare(b[0]))
    .map(([code, name, level, parent, aliases, lon, lat, , en]): BrowserDivisionRow => {
      const own: Point =
        lon === null || lat === null ? null : [Math.round(lon * HUNDREDTHS), Math.round(lat * HUNDREDTHS)];
      pointOf.set(code, own);
      const base = (parent && pointOf.get(parent)) || [0, 0];
      return [
        code,
        name,
        level,
        parent,
        level === 1 ? aliases : '',
        own ? own[0] - base[0] : null,
        own ? own[1] - base[1] : null,
        en,
      ];
    });
  return { source: file.source, vintage: file.vintage, rows };
}

/** Back to the GazetteerFile shape that createGazetteer reads (points in degrees, point source unknown). */
export function decodeBrowserGazetteer(file: BrowserGazetteerFile): GazetteerFile {
  const pointOf = new Map<string, Point>();
  // Rows are sorted by code, and a parent's code sorts before its children's, so parents are decoded first.
  const rows = file.rows.map(([code, name, level, parent, aliases, dLon, dLat, en]): DivisionRow => {
    const base = (parent && pointOf.get(parent)) || [0, 0];
    const own: Point = dLon === null || dLat === null ? null : [base[0] + dLon, base[1] + dLat];
    pointOf.set(code, own);
    return [code, name, level, parent, aliases, own && own[0] / HUNDREDTHS, own && own[1] / HUNDREDTHS, '', en];
  });
  return { source: file.source, vintage: file.vintage, rows };
}
