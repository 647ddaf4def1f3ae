import { describe, expect, it } from 'vitest';
import { densityFileSchema, type AtlasEvent, type Precision } from '../../../src/model/event.ts';
import { densityOf } from '../../../scripts/extract/density.ts';

const CHINA = 8 * 3_600_000;
const dated = (start: string, precision: Precision) =>
  ({ date: { start, end: null, precision, written: start } }) as AtlasEvent;

describe('densityOf', () => {
  it('counts events per China day, month and year, each only at the levels its precision supports', () => {
    const density = densityOf([
      dated('2022-01-26', 'day'),
      dated('2022-01-26', 'day'),
      dated('2022-01-03', 'day'),
      dated('2022-01', 'month'),
      dated('2021', 'year'),
    ]);
    expect(densityFileSchema.parse(density)).toEqual(density);
    expect(density.day).toEqual([
      [Date.UTC(2022, 0, 3) - CHINA, 1],
      [Date.UTC(2022, 0, 26) - CHINA, 2],
    ]);
    expect(density.month).toEqual([[Date.UTC(2022, 0, 1) - CHINA, 4]]);
    expect(density.year).toEqual([
      [Date.UTC(2021, 0, 1) - CHINA, 1],
      [Date.UTC(2022, 0, 1) - CHINA, 4],
    ]);
  });

  it('is empty for no events', () => {
    expect(densityOf([])).toMatchObject({ day: [], month: [], year: [] });
  });
});
