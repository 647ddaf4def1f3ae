import { describe, expect, it } from 'vitest';
import { isEnglishCaption } from '../../../../scripts/extract/english/isEnglishCaption.ts';

describe('isEnglishCaption', () => {
  it('takes English captions and English credits', () => {
    expect(isEnglishCaption("A boy flies a kite in Weifang, east China's Shandong Province, April 20, 2024.")).toBe(
      true,
    );
    expect(isEnglishCaption('↑ Photo taken on May 2, 2023 shows a street in Lanzhou.')).toBe(true);
    expect(isEnglishCaption('(Xinhua/Zhou Mu)')).toBe(true);
  });

  it('leaves Chinese captions, even ones that start with Latin letters or have none', () => {
    expect(isEnglishCaption('2024年4月20日，游客在山东潍坊放风筝。')).toBe(false);
    expect(isEnglishCaption('G20峰会在杭州举行。')).toBe(false);
    expect(isEnglishCaption('CBA联赛：某队主场迎战某队')).toBe(false);
    expect(isEnglishCaption('2019.8.21')).toBe(false);
    expect(isEnglishCaption('')).toBe(false);
  });

  it('takes an English caption quoting a few Chinese characters', () => {
    expect(
      isEnglishCaption('A resident pastes a couplet bearing the character "福" on a door in Jinan, Feb. 8, 2024.'),
    ).toBe(true);
  });
});
