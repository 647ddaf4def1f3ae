import type { Division } from '../model/gazetteer.ts';
import type { MapStrings } from './mapStrings.ts';
import { regionNames } from './regionNames.ts';

/** "全国 › 湖南省": where the map is, with the way back; and, for a selected province, the way down. */
export function MapBreadcrumb(props: {
  strings: MapStrings;
  lang: 'zh' | 'en';
  drill: string | null;
  region: string | null;
  byCode: (code: string) => Division | undefined;
  /** Whether a province has subdivisions to drill into (Hong Kong and Macao have none on the map). */
  hasChildren?: (code: string) => boolean;
  onCountry: () => void;
  onDrill: (code: string) => void;
}) {
  const { strings, lang, drill, region, byCode, hasChildren, onCountry, onDrill } = props;
  const nameOf = (code: string) => regionNames(byCode(code), lang, code).full;
  const canDrill = !drill && region !== null && /^\d{2}0000$/.test(region) && (hasChildren?.(region) ?? true);
  return (
    <nav className="map-breadcrumb" aria-label={strings.breadcrumb} data-testid="map-breadcrumb">
      {drill ? (
        <>
          <button type="button" onClick={onCountry} title={strings.back} data-testid="map-back">
            {strings.country}
          </button>
          <span aria-hidden="true"> › </span>
          <span aria-current="location">{nameOf(drill)}</span>
        </>
      ) : (
        <span aria-current="location">{strings.country}</span>
      )}
      {canDrill && (
        <button type="button" className="map-drill" data-testid="map-drill" onClick={() => onDrill(region)}>
          {strings.drillInto(nameOf(region))} ›
        </button>
      )}
    </nav>
  );
}
