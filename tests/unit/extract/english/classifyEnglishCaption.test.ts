import { describe, expect, it } from 'vitest';
import { classifyEnglishCaption } from '../../../../scripts/extract/english/classifyEnglishCaption.ts';

const isEvent = (text: string) => classifyEnglishCaption(text).ok;

describe('classifyEnglishCaption', () => {
  it('lets photos of events through', () => {
    expect(isEvent('Farmers harvest rice in Jiangxi, Oct. 2, 2023.')).toBe(true);
    expect(isEvent('A man walks past a poster in Hefei, May 1, 2024.')).toBe(true);
    expect(isEvent('File photo taken on Aug. 1, 2019 shows a bridge in Wuhu.')).toBe(true);
  });

  it('turns down credits, maps, screenshots and charts', () => {
    expect(isEvent('   ')).toBe(false);
    expect(isEvent('  /  ')).toBe(false);
    expect(isEvent('A map shows the route of the typhoon.')).toBe(false);
    expect(isEvent('A video screenshot shows the launch.')).toBe(false);
    expect(isEvent('Infographic: exports in 2023')).toBe(false);
    expect(isEvent('Chart showing grain output')).toBe(false);
  });

  it('gives the reason', () => {
    const verdict = classifyEnglishCaption('A map shows the route.');
    expect(verdict.ok ? null : verdict.reason).toBe('not-an-event');
  });
});
