/** A region label that would like to sit at (x, y), centred. Higher priority is placed first. */
export interface LabelCandidate {
  code: string;
  text: string;
  x: number;
  y: number;
  priority: number;
  /** Other acceptable positions, tried in order when (x, y) collides (e.g. the capital's point). */
  alternates?: readonly (readonly [number, number])[];
}

export interface PlacedLabel extends LabelCandidate {
  width: number;
  height: number;
}

/** Rough advance width of a label: CJK characters are square, Latin ones about 0.6 em. */
export function estimateTextWidth(text: string, fontSize: number): number {
  let width = 0;
  for (const char of text) width += (char.codePointAt(0) ?? 0) >= 0x2e80 ? fontSize : fontSize * 0.6;
  return width;
}

interface Rect {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

const overlaps = (a: Rect, b: Rect) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/**
 * Greedy label placement: by priority, keep a label at the first of its positions where its box (plus `gap`) lies inside `bounds`, outside every
 * `avoid` box, and clear of every label kept so far. Labels that do not fit are left out rather than overlapped.
 */
export function placeLabels(
  candidates: readonly LabelCandidate[],
  options: { fontSize: number; gap?: number; bounds: Rect; avoid?: readonly Rect[] },
): PlacedLabel[] {
  const { fontSize, gap = 2, bounds, avoid = [] } = options;
  const height = fontSize * 1.2;
  const placed: PlacedLabel[] = [];
  const boxes: Rect[] = [...avoid];
  const ordered = [...candidates].sort((a, b) => b.priority - a.priority || a.code.localeCompare(b.code));
  for (const candidate of ordered) {
    const width = estimateTextWidth(candidate.text, fontSize);
    const positions = [[candidate.x, candidate.y] as const, ...(candidate.alternates ?? [])];
    for (const [x, y] of positions) {
      const box = {
        x0: x - width / 2 - gap,
        y0: y - height / 2 - gap,
        x1: x + width / 2 + gap,
        y1: y + height / 2 + gap,
      };
      if (box.x0 < bounds.x0 || box.y0 < bounds.y0 || box.x1 > bounds.x1 || box.y1 > bounds.y1) continue;
      if (boxes.some((other) => overlaps(box, other))) continue;
      boxes.push(box);
      placed.push({ ...candidate, x, y, width, height });
      break;
    }
  }
  return placed;
}
