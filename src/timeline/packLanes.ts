/**
 * Greedy lane packing: each item (in order of its left edge) takes the lowest lane whose last item ends at least
 * `gap` pixels before it starts. Same-day events, which share an x, stack upwards; items past maxLanes get -1 and
 * are counted as overflow by the caller.
 */
export function packLanes(left: ArrayLike<number>, right: ArrayLike<number>, maxLanes: number, gap = 1): Int16Array {
  const lanes = new Int16Array(left.length);
  const laneEnds: number[] = [];
  for (let i = 0; i < left.length; i++) {
    let lane = 0;
    while (lane < laneEnds.length && laneEnds[lane] + gap > left[i]) lane++;
    if (lane >= maxLanes) {
      lanes[i] = -1;
      continue;
    }
    laneEnds[lane] = right[i];
    lanes[i] = lane;
  }
  return lanes;
}
