import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { CaptionAnswer } from '../../../../scripts/extract/answerCaptionLine.ts';
import { scoreAnswers, type GoldLine } from '../../../../scripts/evaluate/scoreAnswers.ts';
import { HAVE_SEEDS, readLabels } from '../fixtures.ts';

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));

/** The command as a user runs it, end to end, on the 31 labelled seed events (plus two bad lines). */
describe.skipIf(!HAVE_SEEDS)('npm run captions', () => {
  it('answers every line, keeps stdout clean with --out, and scores well on the seed labels', () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-captions-'));
    try {
      const labels = readLabels();
      const input = labels.map((label) =>
        JSON.stringify({ id: label.id, text: label.text, context_date: label.context_date }),
      );
      input.push('{"id": "broken", "text": 5}', 'not json at all');
      writeFileSync(join(dir, 'in.jsonl'), `${input.join('\n')}\n`);
      const run = spawnSync(
        process.execPath,
        ['--import', 'tsx', 'scripts/captions.ts', '--in', join(dir, 'in.jsonl'), '--out', join(dir, 'out.jsonl')],
        { cwd: ROOT, encoding: 'utf8', timeout: 60_000 },
      );
      expect(run.status).toBe(0);
      expect(run.stdout).toBe('');
      const answers = readFileSync(join(dir, 'out.jsonl'), 'utf8')
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as CaptionAnswer);
      expect(answers).toHaveLength(labels.length + 2);
      expect(answers.slice(-2).map((answer) => [answer.id, answer.reason])).toEqual([
        ['broken', 'bad-input'],
        ['line-33', 'bad-input'],
      ]);
      const gold: GoldLine[] = labels.map((label) => ({ ...label.gold, id: label.id, text: label.text }));
      const { scores } = scoreAnswers(gold, answers);
      // Seed scores at the time of writing: 100 % on every field. Allow the parsers room to trade one seed.
      expect(scores.is_event.right).toBe(scores.is_event.of);
      expect(scores.date.right).toBeGreaterThanOrEqual(scores.date.of - 1);
      expect(scores.province.right).toBeGreaterThanOrEqual(scores.province.of - 1);
      expect(scores['wrong province where none'].right).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 90_000);
});
