import { ROUTE_SEPARATOR } from './distractors.ts';
import type { Mention } from './findMentions.ts';

/** Both ends of a route (贵阳至昆明段) lose their cue and strength: a route is no one place. */
export function markRoutes(text: string, mentions: Mention[]): Mention[] {
  const onRoute = new Set<Mention>();
  for (let i = 1; i < mentions.length; i++) {
    if (ROUTE_SEPARATOR.test(text.slice(mentions[i - 1].end, mentions[i].start))) {
      onRoute.add(mentions[i - 1]);
      onRoute.add(mentions[i]);
    }
  }
  return mentions.map((m) => (onRoute.has(m) ? { ...m, cue: null, strong: false } : m));
}
