export type Direction = 'up' | 'down' | 'left' | 'right';

export interface RegionAnchor {
  code: string;
  x: number;
  y: number;
}

const AXES: Record<Direction, [number, number]> = {
  up: [0, -1],
  down: [0, 1],
  left: [-1, 0],
  right: [1, 0],
};

/**
 * The region an arrow key moves to from `from` (screen coordinates, y down): among the anchors lying in that
 * direction (within 60° of it), the one nearest once sideways offset counts double, so ↓ prefers the region straight
 * below over a nearer one off to the side. Null when nothing lies that way.
 */
export function nextRegion(from: RegionAnchor, anchors: readonly RegionAnchor[], direction: Direction): string | null {
  const [ax, ay] = AXES[direction];
  let best: string | null = null;
  let bestScore = Infinity;
  for (const anchor of anchors) {
    if (anchor.code === from.code) continue;
    const dx = anchor.x - from.x;
    const dy = anchor.y - from.y;
    const along = dx * ax + dy * ay;
    const across = Math.abs(dx * ay - dy * ax);
    // Within 60° of the direction: tan 60° ≈ 1.732.
    if (along <= 0 || across > along * 1.732) continue;
    const score = along + 2 * across;
    if (score < bestScore || (score === bestScore && best !== null && anchor.code < best)) {
      best = anchor.code;
      bestScore = score;
    }
  }
  return best;
}
