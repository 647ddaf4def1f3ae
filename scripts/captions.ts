/**
 * The captions command: `npm run --silent captions -- --in captions.jsonl --out events.jsonl`.
 * Each input line {"id","text","context_date"} → one output line {"id","date","date_end","precision","province",
 * "prefecture","county","foreign_place","is_event","reason"}, in input order, with the same pure functions as the
 * prebuild. A bad line gets an answer with reason "bad-input"; nothing but the answers goes to stdout.
 */
import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { Command } from 'commander';
import { answerCaptionLine } from './extract/answerCaptionLine.ts';
import { createExtractDeps } from './extract/createExtractDeps.ts';

const options = new Command()
  .name('captions')
  .description('Date, place and is_event for each caption of a JSON-lines file.')
  .option('--in <file>', 'input JSON lines (default: stdin)')
  .option('--out <file>', 'output JSON lines (default: stdout)')
  .parse()
  .opts<{ in?: string; out?: string }>();

const deps = createExtractDeps();
const input = createInterface({
  input: options.in ? createReadStream(options.in) : process.stdin,
  crlfDelay: Infinity,
});
const output: WriteStream | NodeJS.WriteStream = options.out ? createWriteStream(options.out) : process.stdout;

let lineNumber = 0;
let answered = 0;
let bad = 0;
for await (const line of input) {
  lineNumber++;
  if (line.trim() === '') continue;
  const answer = answerCaptionLine(line, lineNumber, deps);
  if (answer.reason === 'bad-input') bad++;
  answered++;
  output.write(`${JSON.stringify(answer)}\n`);
}
if (options.out) {
  await new Promise<void>((resolve, reject) =>
    (output as WriteStream).end((error?: Error | null) => (error ? reject(error) : resolve())),
  );
  console.error(`captions: ${answered} answered${bad ? `, ${bad} bad input lines` : ''} → ${options.out}`);
}
