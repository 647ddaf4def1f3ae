import { interpolateYlGnBu, scaleSequentialSqrt } from 'd3';

/** Fill of a region with no events: a neutral grey, clearly apart from the palest "few" colour. */
export const ZERO_FILL = '#e4e4e1';

// The palest end of YlGnBu is almost white; starting at 0.18 keeps "1 event" visibly coloured against ZERO_FILL.
const PALEST = 0.18;

export interface ColourScale {
  /** [1, max]: the counts the colour ramp spans (zero has its own fill). */
  readonly domain: readonly [number, number];
  fill(count: number): string;
  /** Colour at a position 0..1 along the ramp, for the legend's gradient. */
  ramp(t: number): string;
}

/**
 * A sequential, colour-blind-safe scale (ColorBrewer YlGnBu) over 1..max with a square-root curve, since counts per
 * region are skewed. Zero is not on the ramp: it gets ZERO_FILL.
 */
export function makeColourScale(max: number): ColourScale {
  const top = Math.max(1, Math.ceil(max));
  const interpolate = (t: number) => interpolateYlGnBu(PALEST + (1 - PALEST) * t);
  // With a single possible value there is no ramp: one event everywhere gets the middle colour.
  const scale = scaleSequentialSqrt(interpolate).domain(top > 1 ? [1, top] : [0, 2]);
  return {
    domain: [1, top],
    fill: (count) => (count > 0 ? scale(Math.min(count, top)) : ZERO_FILL),
    ramp: interpolate,
  };
}
