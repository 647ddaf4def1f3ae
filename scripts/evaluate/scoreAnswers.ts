import type { CaptionAnswer } from '../extract/answerCaptionLine.ts';

export interface GoldLine {
  id: string;
  text: string;
  date: string | null;
  date_end: string | null;
  province: string | null;
  prefecture: string | null;
  county: string | null;
  foreign_place: string | null;
  is_event: boolean;
}

export interface Score {
  right: number;
  of: number;
}

export interface EvaluationReport {
  total: number;
  answered: number;
  scores: Record<string, Score>;
  misses: string[];
}

const FIELDS = ['province', 'prefecture', 'county', 'foreign_place'] as const;

/**
 * Scores of the captions command against gold lines, matched by id. `is_event` over all lines; the date (start and
 * end) and each place level over the gold events, null = null counting as right; `wrong province where none` is the
 * share of gold events without a province that got one anyway (the costly mistake: a dot on the wrong map).
 */
export const scoreAnswers = (gold: readonly GoldLine[], answers: readonly CaptionAnswer[]): EvaluationReport => {
  const byId = new Map(answers.map((answer) => [String(answer.id), answer]));
  const scores: Record<string, Score> = {
    is_event: { right: 0, of: 0 },
    date: { right: 0, of: 0 },
    province: { right: 0, of: 0 },
    prefecture: { right: 0, of: 0 },
    county: { right: 0, of: 0 },
    foreign_place: { right: 0, of: 0 },
    'all fields': { right: 0, of: 0 },
    'wrong province where none': { right: 0, of: 0 },
    'wrong province where one': { right: 0, of: 0 },
  };
  const misses: string[] = [];
  let answered = 0;
  const tally = (name: string, right: boolean, id: string, detail: string) => {
    scores[name].of++;
    if (right) scores[name].right++;
    else if (!name.startsWith('wrong')) misses.push(`${id} ${name}: ${detail}`);
  };
  for (const line of gold) {
    const answer = byId.get(line.id);
    if (answer) answered++;
    tally('is_event', answer?.is_event === line.is_event, line.id, `gold ${line.is_event}, got ${answer?.is_event}`);
    if (!line.is_event) continue;
    const date = answer?.date ?? null;
    const dateEnd = answer?.date_end ?? null;
    const dateRight = date === line.date && dateEnd === line.date_end;
    tally('date', dateRight, line.id, `gold ${line.date}..${line.date_end}, got ${date}..${dateEnd}`);
    let all = dateRight;
    for (const field of FIELDS) {
      const got = answer?.[field] ?? null;
      const right = got === line[field];
      all &&= right;
      tally(field, right, line.id, `gold ${line[field]}, got ${got}`);
    }
    tally('all fields', all, line.id, 'not all fields right');
    // "wrong …" rates count the mistakes: right = a wrong province was given.
    const province = answer?.province ?? null;
    if (line.province === null) tally('wrong province where none', province !== null, line.id, '');
    else tally('wrong province where one', province !== null && province !== line.province, line.id, '');
  }
  return { total: gold.length, answered, scores, misses };
};
