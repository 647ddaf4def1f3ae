/**
 * Checks the demo content and the gold evaluation set: every eval line parses and names real divisions in one
 * chain; every photo a demo post references exists, except the deliberately missing ones. Prints figures; exits 1
 * on a problem. Run: npx tsx scripts/content/checkContent.ts
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gazetteer } from '../../src/geo/geodata.ts';
import { checkGoldPlace } from './checkGoldPlace.ts';
import { evalLineSchema } from './evalLine.ts';

const root = join(import.meta.dirname, '..', '..');
const problems: string[] = [];

const evalPath = join(root, 'tests', 'fixtures', 'captions', 'eval.jsonl');
const lines = readFileSync(evalPath, 'utf8').split('\n').filter((line) => line.trim() !== '');
const ids = new Set<string>();
const provinces = new Set<string>();
let events = 0;
lines.forEach((line, index) => {
  const parsed = evalLineSchema.safeParse(JSON.parse(line));
  if (!parsed.success) {
    problems.push(`eval line ${index + 1}: ${parsed.error.issues.map((i) => i.message).join('; ')}`);
    return;
  }
  const { id, gold, context_date } = parsed.data;
  if (ids.has(id)) problems.push(`${id}: duplicate id`);
  ids.add(id);
  if (gold.date && gold.date.slice(0, 10) > context_date) problems.push(`${id}: gold date after the article date`);
  for (const problem of checkGoldPlace(gold, gazetteer())) problems.push(`${id}: ${problem}`);
  if (gold.province) provinces.add(gold.province);
  if (gold.is_event) events++;
});
console.log(`eval set: ${lines.length} lines, ${events} events, ${provinces.size} provinces/regions named`);

const postsDir = join(root, 'content', 'posts');
const posts = readdirSync(postsDir).filter((name) => name.endsWith('.md'));
let captions = 0;
let photos = 0;
let missing = 0;
for (const name of posts) {
  const text = readFileSync(join(postsDir, name), 'utf8');
  captions += text.split('↑').length - 1;
  for (const [, src] of text.matchAll(/data-original="([^"]+)"/g)) {
    photos++;
    const deliberate = src.endsWith('-missing.svg');
    if (deliberate) missing++;
    if (/^[a-z]+:\/\//i.test(src)) problems.push(`${name}: remote photo ${src}`);
    else if (!deliberate && !existsSync(join(root, 'public', src))) problems.push(`${name}: photo ${src} is missing`);
  }
}
console.log(`demo posts: ${posts.length} posts, ${captions} ↑ captions, ${photos} photos (${missing} deliberately missing)`);

for (const problem of problems) console.error(`✗ ${problem}`);
if (problems.length > 0) process.exit(1);
console.log('content: all checks passed');
