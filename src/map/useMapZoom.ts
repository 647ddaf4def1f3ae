import { useEffect, useState, type RefObject } from 'react';
import { select, zoom, zoomIdentity, type ZoomTransform } from 'd3';

/**
 * d3-zoom on the map's SVG: wheel, drag and pinch zoom and pan, bounded to the map. React draws; the transform is
 * state. It resets whenever `resetKey` changes (a new size or drill level is a new layout).
 */
export function useMapZoom(ref: RefObject<SVGSVGElement | null>, width: number, height: number, resetKey: string) {
  const [transform, setTransform] = useState<ZoomTransform>(zoomIdentity);
  useEffect(() => {
    const svg = ref.current;
    if (!svg || width <= 0 || height <= 0) return;
    const behaviour = zoom<SVGSVGElement, unknown>()
      .scaleExtent([1, 12])
      .extent([
        [0, 0],
        [width, height],
      ])
      .translateExtent([
        [0, 0],
        [width, height],
      ])
      .on('zoom', (event: { transform: ZoomTransform }) => setTransform(event.transform));
    const selection = select(svg);
    // Double-click drills into a province instead of zooming.
    selection.call(behaviour).on('dblclick.zoom', null);
    selection.call(behaviour.transform, zoomIdentity);
    return () => {
      selection.on('.zoom', null);
    };
  }, [ref, width, height, resetKey]);
  return transform;
}
