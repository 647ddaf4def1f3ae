import { describe, expect, it } from 'vitest';
import { maskEnglishCredits } from '../../../../scripts/extract/english/maskEnglishCredits.ts';

const kept = (text: string): string => maskEnglishCredits(text).replace(/\s+/g, ' ').trim();

describe('maskEnglishCredits', () => {
  it('blanks agency credits in brackets and keeps the length', () => {
    const text = 'A boy swims in Sanya, March 1, 2024. (Xinhua/Zhang Liyun)';
    expect(maskEnglishCredits(text)).toHaveLength(text.length);
    expect(kept(text)).toBe('A boy swims in Sanya, March 1, 2024.');
    expect(kept('A girl reads in Nanjing. [Photo by Yang Bo/For China Daily]')).toBe('A girl reads in Nanjing.');
    expect(kept('A train in Lhasa. (Photo by STR / AFP) / China OUT')).toBe('A train in Lhasa.');
  });

  it('blanks trailing wire credits', () => {
    expect(kept('A market in Kunming, China, May 3, 2024. REUTERS/Jane Doe')).toBe(
      'A market in Kunming, China, May 3, 2024.',
    );
    expect(kept('Snow in Harbin, 3 January 2024. EPA-EFE/WU HONG')).toBe('Snow in Harbin, 3 January 2024.');
    expect(kept('A dragon dance in Foshan. /CFP')).toBe('A dragon dance in Foshan.');
    expect(kept("Lanterns in Xi'an. Photo: VCG")).toBe("Lanterns in Xi'an.");
  });

  it('leaves brackets that are part of the caption', () => {
    expect(kept('Boats in Amoy (Xiamen), Fujian.')).toBe('Boats in Amoy (Xiamen), Fujian.');
    expect(kept('Workers at a port (photo taken on May 3, 2024).')).toBe(
      'Workers at a port (photo taken on May 3, 2024).',
    );
  });

  it('blanks a credit standing alone', () => {
    expect(kept('(Xinhua/Li Ming)')).toBe('');
    expect(kept('Photo by Liu Yang/Xinhua')).toBe('');
  });
});
