/** A small placeholder photo: a coloured card with the post/photo number and a short label, no external assets. */
export interface PlaceholderSpec {
  width: number;
  height: number;
  /** Hue 0–360 for the background. */
  hue: number;
  number: string;
  label: string;
}

const escapeXml = (text: string): string =>
  text.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c] ?? c);

export function makePlaceholderSvg({ width, height, hue, number, label }: PlaceholderSpec): string {
  const at = (share: number, of: number): number => Math.round(share * of);
  const light = `hsl(${hue} 55% 78%)`;
  const dark = `hsl(${hue} 45% 32%)`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<rect width="${width}" height="${height}" fill="${light}"/>`,
    `<circle cx="${at(0.78, width)}" cy="${at(0.3, height)}" r="${at(0.16, height)}" fill="${dark}" opacity="0.18"/>`,
    `<path d="M0 ${at(0.78, height)} L${at(0.3, width)} ${at(0.52, height)} L${at(0.55, width)} ${at(0.72, height)} L${at(0.75, width)} ${at(0.58, height)} L${width} ${at(0.8, height)} V${height} H0Z" fill="${dark}" opacity="0.25"/>`,
    `<text x="${at(0.5, width)}" y="${at(0.46, height)}" font-family="sans-serif" font-size="${at(0.2, height)}" font-weight="700" fill="${dark}" text-anchor="middle">${escapeXml(number)}</text>`,
    `<text x="${at(0.5, width)}" y="${at(0.62, height)}" font-family="'Noto Sans CJK SC', sans-serif" font-size="${at(0.08, height)}" fill="${dark}" text-anchor="middle">${escapeXml(label)}</text>`,
    `<text x="${width - 12}" y="${height - 12}" font-family="sans-serif" font-size="${at(0.04, height)}" fill="${dark}" text-anchor="end">demo placeholder</text>`,
    '</svg>',
    '',
  ].join('\n');
}
