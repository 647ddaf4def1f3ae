import { describe, expect, it } from 'vitest';
import { findEnglishMentions } from '../../../../scripts/extract/english/findEnglishMentions.ts';
import { index } from './englishPlaces.ts';

const mentions = (text: string) =>
  findEnglishMentions(text, index).map((m) => `${m.name}|${m.unit ?? '-'}|${m.cue ?? '-'}|${m.role}`);

describe('findEnglishMentions', () => {
  it('reads names with their unit words and cues', () => {
    expect(mentions("A farmer in Huozhou City, north China's Shanxi Province.")).toEqual([
      'Huozhou City|city|location|place',
      'Shanxi Province|province|-|place',
    ]);
    expect(mentions('Tea in Honghe Hani and Yi Autonomous Prefecture.')).toEqual([
      'Honghe Hani and Yi Autonomous Prefecture|prefecture|location|place',
    ]);
    expect(mentions("Lights in Chongqing's Yuzhong District.")).toEqual([
      'Chongqing|-|location|place',
      'Yuzhong District|district|-|place',
    ]);
  });

  it('matches the longest name (sites, multi-word names)', () => {
    expect(mentions("Visitors tour the Humble Administrator's Garden in Suzhou.")).toEqual([
      "Humble Administrator's Garden|-|location|place",
      'Suzhou|-|location|place',
    ]);
    expect(mentions('Tourists in Shangri-La.')).toEqual(['Shangri-La|-|location|place']);
  });

  it('tells origins, people, organisations, events and linked names', () => {
    expect(mentions('Tourists from Sichuan Province')).toEqual(['Sichuan Province|province|origin|place']);
    expect(mentions('President Xi Jinping speaks.')).toEqual(['Jinping|-|-|person']);
    expect(mentions('The Shanghai Cooperation Organization meets.')).toEqual(['Shanghai|-|-|organisation']);
    expect(mentions('Graduates of Peking University')).toEqual(['Peking|-|-|organisation']);
    expect(mentions('at 8 p.m. Beijing Time')).toEqual(['Beijing|-|-|organisation']);
    expect(mentions('Fans at the Hangzhou Asian Games')).toEqual(['Hangzhou|-|location|event']);
    expect(mentions('The Hong Kong-Zhuhai-Macao Bridge')).toEqual([
      'Hong Kong|-|-|linked',
      'Zhuhai|-|-|linked',
      'Macao|-|-|linked',
    ]);
  });

  it('drops names whose unit word does not fit them, and townships', () => {
    expect(mentions('A village in Shizhuang Township')).toEqual([]);
    expect(mentions('Crops in Jilin City')).toEqual(['Jilin City|city|location|place']);
  });
});
