import type { Gazetteer, GazetteerFile } from '../model/gazetteer.ts';
import { createGazetteer } from './gazetteer.ts';
import gazetteerFile from './data/gazetteer.json';

/**
 * The one browser-side entry to the generated geodata (see docs/geodata.md). The gazetteer is bundled; the map
 * layers are loaded on demand.
 */

let gazetteerCache: Gazetteer | undefined;

/** The gazetteer of provinces, prefectures and counties (NBS 2023), indexed once on first use. */
export function gazetteer(): Gazetteer {
  // JSON imports infer loose array types; the file is generated in exactly the GazetteerFile shape.
  gazetteerCache ??= createGazetteer(gazetteerFile as unknown as GazetteerFile);
  return gazetteerCache;
}
