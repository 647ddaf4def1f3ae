import { useId } from 'react';
import type { ColourScale } from './colourScale.ts';
import { ZERO_FILL } from './colourScale.ts';
import type { MapStrings } from './mapStrings.ts';

const STOPS = [0, 0.25, 0.5, 0.75, 1];

/** Colour key: a separate swatch for zero, then the ramp from 1 to the largest count in view. */
export function MapLegend({ scale, strings }: { scale: ColourScale; strings: MapStrings }) {
  const gradientId = useId();
  const [low, high] = scale.domain;
  return (
    <figure className="map-legend" data-testid="map-legend" aria-label={strings.legendTitle}>
      <figcaption>{strings.legendTitle}</figcaption>
      <div className="map-legend-row">
        <span className="map-legend-zero">
          <svg width="14" height="10" aria-hidden="true">
            <rect width="14" height="10" fill={ZERO_FILL} stroke="#9a9a96" strokeWidth="0.5" />
          </svg>
          0
        </span>
        <span className="map-legend-ramp">
          <span>{low}</span>
          <svg width="88" height="10" aria-hidden="true">
            <defs>
              <linearGradient id={gradientId}>
                {STOPS.map((t) => (
                  <stop key={t} offset={t} stopColor={scale.ramp(t)} />
                ))}
              </linearGradient>
            </defs>
            <rect width="88" height="10" fill={`url(#${gradientId})`} />
          </svg>
          <span data-testid="map-legend-max">{high.toLocaleString()}</span>
        </span>
      </div>
    </figure>
  );
}
