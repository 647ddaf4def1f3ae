import { describe, expect, it } from 'vitest';
import {
  normalizeText,
  normalizeTextWithOffsets,
  originalSlice,
} from '../../../../scripts/extract/text/normalizeText.ts';
import { looksTraditional, toSimplified } from '../../../../scripts/extract/text/toSimplified.ts';
import { DISTRACTOR_CASES, EXPLICIT_CASES, RANGE_CASES, RELATIVE_CASES } from '../date/captionDateCases.ts';

describe('normalizeText', () => {
  it.each([
    ['↑2022 年 1 月 26 日，习近平在山西', '2022年1月26日，习近平在山西'],
    ['↑ 江苏省张家港市永联村（2020 年 6 月 19 日摄）。', '江苏省张家港市永联村（2020年6月19日摄）。'],
    ['２０１９年８月２１日', '2019年8月21日'],
    ['２０１９．８．２１', '2019.8.21'],
    ['２０１９／８／２１ ２０１９－０８－２１', '2019/8/21 2019-08-21'],
    ['“ 绿水青山 ”就是“ 金山银山 ”', '“绿水青山”就是“金山银山”'],
    ['《 人民日报 》', '《人民日报》'],
    ['Xi  Jinping  met', 'Xi Jinping met'],
    ['新华社记者 王晔 摄', '新华社记者王晔摄'],
    ['  前后空白\u3000', '前后空白'],
    ['零\u200b宽', '零宽'],
    ['（2020年6月19日摄）', '（2020年6月19日摄）'],
    ['(2020年6月19日摄)', '（2020年6月19日摄）'],
    ['北京,上海;广州:深圳!好?', '北京，上海；广州：深圳！好？'],
    ['1,000 人，10:30 开始', '1,000人，10:30开始'],
    ['ＡＢＣ ａｂｃ', 'ABC abc'],
    ['ｰ｡､', 'ｰ。、'],
    ['\uf900', '岂'],
    ['。、，', '。、，'],
    ['↑↑ 双箭头', '双箭头'],
    ['正文中的↑不删', '正文中的↑不删'],
    ['', ''],
  ])('%s → %s', (raw, expected) => {
    expect(normalizeText(raw)).toBe(expected);
  });

  it.each([
    ['臺灣', '台湾'],
    ['廣東', '广东'],
    ['攝', '摄'],
    ['習近平', '习近平'],
    ['↑2019 年 8 月 21 日，習近平在甘肅張掖市考察（資料照片）', '2019年8月21日，习近平在甘肃张掖市考察（资料照片）'],
    ['乾縣', '乾县'],
  ])('Traditional %s → Simplified %s', (raw, expected) => {
    expect(normalizeText(raw)).toBe(expected);
  });

  it('leaves Simplified text alone, even characters OpenCC would wrongly convert (乾县, 瞭望)', () => {
    expect(normalizeText('陕西咸阳乾县的瞭望塔')).toBe('陕西咸阳乾县的瞭望塔');
    expect(looksTraditional('陕西咸阳乾县的瞭望塔')).toBe(false);
    expect(looksTraditional('陝西')).toBe(true);
    expect(toSimplified('發展')).toBe('发展');
  });

  it('maps every normalised character back to the raw text', () => {
    const raw = '↑2022 年 1 月 26 日，習近平在山西';
    const n = normalizeTextWithOffsets(raw);
    expect(n.text).toBe('2022年1月26日，习近平在山西');
    expect(n.sourceStart).toHaveLength(n.text.length);
    expect(n.sourceEnd).toHaveLength(n.text.length);
    expect(originalSlice(raw, n, 0, '2022年1月26日'.length)).toBe('2022 年 1 月 26 日');
    const who = n.text.indexOf('习近平');
    expect(originalSlice(raw, n, who, 3)).toBe('習近平');
    expect(originalSlice(raw, n, 5, 0)).toBe('');
    expect(originalSlice(raw, n, 0, 999)).toBe('');
  });

  it('keeps characters outside the BMP and maps them to both code units', () => {
    const raw = '𠀀 村';
    const n = normalizeTextWithOffsets(raw);
    expect(n.text).toBe('𠀀村');
    expect(originalSlice(raw, n, 0, 2)).toBe('𠀀');
  });
});

describe('normalizeText is idempotent', () => {
  it('changes nothing the second time, over every caption in the date table', () => {
    const texts = [...EXPLICIT_CASES, ...RANGE_CASES, ...RELATIVE_CASES, ...DISTRACTOR_CASES].map(([text]) => text);
    for (const text of [...texts, ' Xi , Jinping ( CFP ) ', '１，０００ 人']) {
      const once = normalizeText(text);
      expect(normalizeText(once)).toBe(once);
    }
  });
});

describe('normalizeText whitespace', () => {
  it('treats every Unicode space as a space', () => {
    for (const space of ['\t', '\n', '\r', '\u00a0', '\u2002', '\u2009', '\u202f', '\u205f', '\u3000', '\u2028']) {
      expect(normalizeText(`2022${space}年${space}1 月`)).toBe('2022年1月');
      expect(normalizeText(`Xi${space}${space}Jinping`)).toBe('Xi Jinping');
    }
  });
});
