import { ROUTE_SEPARATOR } from './distractors.ts';
import type { Mention } from './findMentions.ts';

/** Both ends of a route (贵阳至昆明段) lose their cue and strength: a route is no one place. */
export function markRoutes(text: string, mentions: Mention[]): Mention[] {
  let onRoute: Set<Mention> | null = null; // made only for a caption with a route (few are): no Set or copy per caption
  for (let i = 1; i < mentions.length; i++) {
    if (ROUTE_SEPARATOR.test(text.slice(mentions[i - 1].end, mentions[i].start))) {
      onRoute ??= new Set<Mention>();
      onRoute.add(mentions[i - 1]);
      onRoute.add(mentions[i]);
    }
  }
  if (!onRoute) return mentions;
  const marked = onRoute;
  return mentions.map((m) => (marked.has(m) ? { ...m, cue: null, strong: false } : m));
}
