import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The project's own odd posts (tests/fixtures/posts). */
export const FIXTURES_DIR = fileURLToPath(new URL('../../fixtures/posts/', import.meta.url));
/** The five real seed posts beside the checkout; absent on machines without ../shared. */
export const SEEDS_DIR = fileURLToPath(new URL('../../../../shared/seeds/', import.meta.url));
export const LABELS_FILE = fileURLToPath(new URL('../../../../shared/labels/seed-events.jsonl', import.meta.url));
export const HAVE_SEEDS = existsSync(SEEDS_DIR) && existsSync(LABELS_FILE);

export const fixture = (name: string): string => readFileSync(FIXTURES_DIR + name, 'utf8');

export const postFiles = (dir: string): string[] =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((name) => /\.(md|txt)$/.test(name))
        .sort()
    : [];

export interface LabelLine {
  id: string;
  post: string;
  kind: 'caption' | 'text';
  text: string;
  context_date: string | null;
  gold: {
    date: string | null;
    date_end: string | null;
    province: string | null;
    prefecture: string | null;
    county: string | null;
    foreign_place: string | null;
    is_event: boolean;
  };
}

export const readLabels = (): LabelLine[] =>
  HAVE_SEEDS
    ? readFileSync(LABELS_FILE, 'utf8')
        .split('\n')
        .filter((line) => line.trim() !== '')
        .map((line) => JSON.parse(line) as LabelLine)
    : [];
