import { useLayoutEffect, useRef } from 'react';
import { scaleSqrt } from 'd3';
import type { PointGroups } from './countyPointClusters.ts';

const FILL = 'rgba(217, 95, 2, 0.62)';
const STROKE = 'rgba(255, 255, 255, 0.9)';

/**
 * The event points, painted on a canvas between the regions and the labels: they change every frame while the
 * timeline pans and are not interactive, so they stay out of the DOM. devicePixelRatio aware.
 */
export function PointsCanvas(props: {
  groups: PointGroups | null;
  sums: Int32Array | null;
  width: number;
  height: number;
}) {
  const { groups, sums, width, height } = props;
  const ref = useRef<HTMLCanvasElement>(null);
  const ratio = typeof devicePixelRatio === 'number' ? devicePixelRatio : 1;
  useLayoutEffect(() => {
    const context = ref.current?.getContext('2d');
    if (!context) return;
    context.setTransform(ratio, 0, 0, ratio, 0, 0);
    context.clearRect(0, 0, width, height);
    if (!groups || !sums) return;
    let max = 1;
    for (const sum of sums) if (sum > max) max = sum;
    const radius = scaleSqrt().domain([1, max]).range([1.5, 6]);
    context.fillStyle = FILL;
    context.strokeStyle = STROKE;
    context.lineWidth = 0.7;
    // Biggest last, so small points are not hidden under big ones.
    const order = Array.from(sums.keys()).filter((g) => sums[g] > 0);
    order.sort((a, b) => sums[a] - sums[b]);
    for (const g of order) {
      context.beginPath();
      context.arc(groups.x[g], groups.y[g], radius(sums[g]), 0, 2 * Math.PI);
      context.fill();
      context.stroke();
    }
    ref.current!.dataset.points = String(order.length);
  }, [groups, sums, width, height, ratio]);
  return (
    <canvas
      ref={ref}
      className="map-points"
      data-testid="map-points"
      aria-hidden="true"
      width={Math.round(width * ratio)}
      height={Math.round(height * ratio)}
      style={{ width, height }}
    />
  );
}
