import type { FeatureCollection } from 'geojson';
import { requireSource } from './sourcePackages.ts';

interface Mapshaper {
  applyCommands(commands: string, input: Record<string, unknown>): Promise<Record<string, Buffer | string>>;
}
const mapshaper = requireSource('mapshaper') as Mapshaper;

export interface TopologyOptions {
  /** TopoJSON object name, e.g. "provinces". */
  object: string;
  /** Share of removable vertices kept by Visvalingam simplification, e.g. "20%". */
  keep: string;
  /** Polygons (with `code`) that replace whatever the main layer has under them. */
  patch?: FeatureCollection;
}

/**
 * mapshaper: snap near-coincident vertices, clean slivers/overlaps so neighbours share arcs, dissolve features that
 * now have the same code (old units merged since), simplify keeping every shape, and write TopoJSON keyed by code.
 */
export async function toTopology(collection: FeatureCollection, options: TopologyOptions): Promise<string> {
  const patched = options.patch !== undefined && options.patch.features.length > 0;
  const commands = [
    patched ? '-i input.json patch.json combine-files snap' : '-i input.json snap',
    patched ? '-clean target=input -erase patch target=input -merge-layers target=input,patch force' : '',
    '-clean',
    '-dissolve2 code copy-fields=name',
    `-simplify ${options.keep} keep-shapes`,
    `-rename-layers ${options.object}`,
    '-o output.json format=topojson id-field=code quantization=100000',
  ].join(' ');
  const inputs = patched
    ? { 'input.json': collection, 'patch.json': await thin(options.patch) }
    : { 'input.json': collection };
  const output = await mapshaper.applyCommands(commands, inputs);
  return String(output['output.json']);
}

/**
 * The patch polygons come from a far denser source; thinning them first keeps the layer's detail even, so the
 * layer-wide percentage simplification does not spend its vertex budget on them.
 */
async function thin(patch: FeatureCollection | undefined): Promise<unknown> {
  const output = await mapshaper.applyCommands('-i patch.json -simplify 3% keep-shapes -o patch.json format=geojson', {
    'patch.json': patch,
  });
  return JSON.parse(String(output['patch.json']));
}

/** Natural Earth countries around China (world-atlas countries-50m), clipped to a box; China, Taiwan, HK, MO removed. */
export async function neighbourTopology(
  countries: FeatureCollection,
  bbox: readonly [number, number, number, number],
): Promise<string> {
  const china = new Set(['156', '158', '344', '446']);
  const features = countries.features
    .filter((f) => !china.has(String(f.id)))
    .map((f) => ({ ...f, properties: { code: String(f.id), name: String(f.properties?.name ?? '') } }));
  const commands = [
    '-i input.json',
    `-clip bbox=${bbox.join(',')}`,
    '-filter-slivers',
    '-simplify 30% keep-shapes',
    '-rename-layers neighbours',
    '-o output.json format=topojson id-field=code quantization=100000',
  ].join(' ');
  const output = await mapshaper.applyCommands(commands, { 'input.json': { ...countries, features } });
  return String(output['output.json']);
}
