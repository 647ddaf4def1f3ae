import { describe, expect, it } from 'vitest';
import { resolveEnglishPlace } from '../../../../scripts/extract/english/resolveEnglishPlace.ts';
import { index, placeOf } from './englishPlaces.ts';

describe('resolveEnglishPlace', () => {
  it('resolves an address by parent-chain consistency', () => {
    expect(placeOf("A farmer in Huozhou City, north China's Shanxi Province, Oct. 1, 2022.")).toEqual([
      '山西省',
      '临汾市',
      '霍州市',
      null,
    ]);
    expect(placeOf("Lilies in Yuzhong County, Lanzhou, northwest China's Gansu Province.")).toEqual([
      '甘肃省',
      '兰州市',
      '榆中县',
      null,
    ]);
    expect(placeOf("A port in Taizhou, east China's Zhejiang Province.")).toEqual(['浙江省', '台州市', null, null]);
    expect(placeOf('Commuters in Haidian District of Beijing.')).toEqual(['北京市', null, '海淀区', null]);
    expect(placeOf("A launch site in south China's Hainan Province.")).toEqual(['海南省', null, null, null]);
  });

  it('reports a shared name it cannot settle rather than guessing', () => {
    expect(placeOf('Workers repair a road in Chaoyang District.')).toBe('ambiguous-place');
    expect(placeOf('Rice dries in Jinping County.')).toBe('ambiguous-place');
    const shared = resolveEnglishPlace('A road in Xinhua District, Hebei Province.', index);
    expect(shared.ok && shared.value.province?.name).toBe('河北省');
    expect(shared.ok && shared.value.county).toBeNull();
    expect(shared.ok && shared.value.ambiguous).toEqual(['130105', '130902']);
  });

  it('settles a tie with a name elsewhere in the caption', () => {
    expect(placeOf('Buyers at the Yiwu International Trade City in Yiwu, Zhejiang province.')).toEqual([
      '浙江省',
      '金华市',
      '义乌市',
      null,
    ]);
  });

  it('knows names the gazetteer romanises with another reading', () => {
    expect(placeOf('Commuters in Minhang District of Shanghai.')).toEqual(['上海市', null, '闵行区', null]);
    expect(placeOf('A port in Hunchun, Jilin Province.')).toEqual(['吉林省', '延边朝鲜族自治州', '珲春市', null]);
  });

  it('takes the containing reading of a bare name, and a province over its namesakes', () => {
    expect(placeOf('Skiers in Altay.')).toEqual(['新疆维吾尔自治区', '阿勒泰地区', null, null]);
    expect(placeOf('Cyclists in Hainan.')).toEqual(['海南省', null, null, null]);
    expect(placeOf('Rime in Jilin City.')).toEqual(['吉林省', '吉林市', null, null]);
  });

  it('narrows with a site named elsewhere in the caption', () => {
    expect(placeOf("Photo shows the Potala Palace in Lhasa, southwest China's Tibet Autonomous Region.")).toEqual([
      '西藏自治区',
      '拉萨市',
      '城关区',
      null,
    ]);
    expect(placeOf('Rockets lift off from the Jiuquan Satellite Launch Center.')).toEqual([
      '内蒙古自治区',
      '阿拉善盟',
      '额济纳旗',
      null,
    ]);
  });

  it('skips origins, organisations and people, and uses an event name only when nothing else says where', () => {
    expect(placeOf("Tourists from Sichuan Province pose in Sanya, south China's Hainan Province.")).toEqual([
      '海南省',
      '三亚市',
      null,
      null,
    ]);
    expect(placeOf('Leaders attend the Shanghai Cooperation Organization summit in Astana, Kazakhstan.')).toEqual([
      null,
      null,
      null,
      '哈萨克斯坦阿斯塔纳',
    ]);
    expect(placeOf('Fans cheer at the Hangzhou Asian Games.')).toEqual(['浙江省', '杭州市', null, null]);
    expect(placeOf('A flag of the Beijing 2022 Winter Olympics in Tokyo, Japan.')).toEqual([
      null,
      null,
      null,
      '日本东京',
    ]);
    expect(placeOf('The Hong Kong-Zhuhai-Macao Bridge at dusk.')).toBe('no-place');
  });

  it('gives foreign places in Chinese: country, plus city when known', () => {
    expect(placeOf('Pedestrians in Paris, France.')).toEqual([null, null, null, '法国巴黎']);
    expect(placeOf('Children play in rural Laos.')).toEqual([null, null, null, '老挝']);
  });

  it('gives a point, the rules and the span of the address', () => {
    const text = "A farmer in Huozhou City, north China's Shanxi Province, Oct. 1.";
    const r = resolveEnglishPlace(text, index);
    expect(r.ok && r.value.point).not.toBeNull();
    expect(r.ok && r.value.pointLevel).toBe('county');
    expect(r.ok && r.value.rules).toContain('place:english-chain');
    expect(r.ok && text.slice(r.value.index, r.value.index + r.value.length)).toBe(
      "Huozhou City, north China's Shanxi Province",
    );
  });
});
