/**
 * Speed of the English path, printed (never asserted): `npx tsx scripts/extract/english/benchEnglish.ts [file]`.
 * The index build (first English caption of a run), then whole captions through interpretEnglishCaption for about
 * two seconds (wall and CPU), and the cost of the detector on Chinese captions (eval.jsonl), which is all a Chinese
 * caption pays for this path.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { toEpochRange } from '../date/toEpochRange.ts';
import { loadGazetteer } from '../gazetteerData.ts';
import { englishPlaceIndex } from './englishPlaceIndex.ts';
import { interpretEnglishCaption } from './interpretEnglishCaption.ts';
import { isEnglishCaption } from './isEnglishCaption.ts';

const fixture = (name: string): string =>
  fileURLToPath(new URL(`../../../tests/fixtures/captions/${name}`, import.meta.url));
const read = (file: string): { text: string; context_date: string | null }[] =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as { text: string; context_date: string | null });

const english = read(process.argv[2] ?? fixture('english.jsonl'));
const chinese = read(fixture('eval.jsonl')).map((line) => line.text);

loadGazetteer(); // the prebuild has it loaded already: not the English path's cost
const buildStart = performance.now();
englishPlaceIndex();
const built = performance.now() - buildStart;

const timed = (run: () => number): { perSecond: number; perCpuSecond: number } => {
  let count = 0;
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  while (performance.now() - start < 2000) count += run();
  const seconds = (performance.now() - start) / 1000;
  const cpu = process.cpuUsage(cpuStart);
  return { perSecond: count / seconds, perCpuSecond: count / ((cpu.user + cpu.system) / 1e6) };
};

let events = 0;
const whole = timed(() => {
  for (const line of english) if (interpretEnglishCaption(line.text, line.context_date, { toEpochRange }).ok) events++;
  return english.length;
});
let detected = 0;
const detector = timed(() => {
  for (const text of chinese) if (isEnglishCaption(text)) detected++;
  return chinese.length;
});

const round = (n: number): string => Math.round(n).toLocaleString('en-US');
console.log(`English place index: built in ${built.toFixed(0)} ms`);
console.log(
  `interpretEnglishCaption: ${english.length} captions, ${round(whole.perSecond)} /s wall, ${round(whole.perCpuSecond)} per CPU second (${events} events)`,
);
console.log(
  `isEnglishCaption on ${chinese.length} Chinese captions: ${round(detector.perSecond)} /s wall, ${round(detector.perCpuSecond)} per CPU second (${detected} taken as English)`,
);
