/**
 * Accuracy of the captions command against a gold JSON-lines file:
 *   npx tsx scripts/evaluate.ts --gold ../shared/labels/seed-events.jsonl [--pred events.jsonl] [--verbose]
 * Gold lines carry {id, text, context_date} and the expected answer, either under "gold" (the seed labels) or at the
 * top level. Without --pred the captions are answered in-process by the command's own function. Prints the scores
 * (is_event, date, province, prefecture, county, foreign place, wrong-province-where-none) and, with --verbose, every
 * miss.
 */
import { readFileSync } from 'node:fs';
import { Command } from 'commander';
import { answerCaptionLine, type CaptionAnswer } from './extract/answerCaptionLine.ts';
import { createExtractDeps } from './extract/createExtractDeps.ts';
import { scoreAnswers, type GoldLine } from './evaluate/scoreAnswers.ts';

const options = new Command()
  .name('evaluate')
  .requiredOption('--gold <file>', 'gold JSON lines')
  .option('--pred <file>', 'the captions command output to score (default: answer the gold texts now)')
  .option('--json', 'print the scores as JSON')
  .option('--verbose', 'list every miss')
  .parse()
  .opts<{ gold: string; pred?: string; json?: boolean; verbose?: boolean }>();

const readLines = (file: string): string[] =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '');

const goldLines: GoldLine[] = readLines(options.gold).map((line) => {
  const json = JSON.parse(line) as Record<string, unknown> & { gold?: Record<string, unknown> };
  return { ...(json.gold ?? json), id: String(json.id), text: String(json.text ?? '') } as GoldLine;
});

let answers: CaptionAnswer[];
if (options.pred) {
  answers = readLines(options.pred).map((line) => JSON.parse(line) as CaptionAnswer);
} else {
  const deps = createExtractDeps();
  answers = readLines(options.gold).map((line, i) => answerCaptionLine(line, i + 1, deps));
}

const report = scoreAnswers(goldLines, answers);
if (options.json) {
  console.log(JSON.stringify(report, null, 1));
} else {
  console.log(`${report.total} gold lines, ${report.answered} answered`);
  for (const [name, score] of Object.entries(report.scores)) {
    const rate = score.of === 0 ? '—' : `${((100 * score.right) / score.of).toFixed(1)} %`;
    console.log(`  ${name.padEnd(26)} ${String(score.right).padStart(5)} / ${String(score.of).padEnd(5)} ${rate}`);
  }
  if (options.verbose) for (const miss of report.misses) console.log(`  miss ${miss}`);
}
