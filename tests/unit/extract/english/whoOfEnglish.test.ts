import { describe, expect, it } from 'vitest';
import { whoOfEnglish } from '../../../../scripts/extract/english/whoOfEnglish.ts';

describe('whoOfEnglish', () => {
  it('finds people after a title', () => {
    expect(whoOfEnglish('Chinese President Xi Jinping visits a farm.')).toEqual(['Xi Jinping']);
    expect(
      whoOfEnglish('Chinese President Xi Jinping holds talks with French President Emmanuel Macron in Paris.'),
    ).toEqual(['Xi Jinping', 'Emmanuel Macron']);
    expect(whoOfEnglish('U.S. Secretary of State Antony Blinken arrives.')).toEqual(['Antony Blinken']);
  });

  it('finds a person leading the caption before an office', () => {
    expect(whoOfEnglish('Wang Yi, director of the Office, meets guests.')).toEqual(['Wang Yi']);
  });

  it('finds nobody in a caption of a crowd', () => {
    expect(whoOfEnglish('Tourists visit the Palace Museum in Beijing.')).toEqual([]);
  });
});
