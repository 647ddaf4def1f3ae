import { describe, expect, it } from 'vitest';
import { whoOf } from '../../../scripts/extract/whoOf.ts';

describe('whoOf', () => {
  it('finds the leading name before 在 / 来到 / 同 and strips titles', () => {
    expect(whoOf('，习近平在山西临汾市霍州市看望村民。')).toEqual(['习近平']);
    expect(whoOf('，习近平总书记来到辽宁省沈阳市考察。')).toEqual(['习近平']);
    expect(whoOf('，习近平主席同俄罗斯总统普京举行视频会晤。')).toEqual(['习近平']);
    expect(whoOf('李强出席开幕式。')).toEqual(['李强']);
  });

  it('finds a list of names joined by 、', () => {
    expect(whoOf('习近平、彭丽媛在机场迎接外宾。')).toEqual(['习近平', '彭丽媛']);
  });

  it('skips a quoted lead-in and a dash', () => {
    expect(whoOf('"国际社会面临的最紧迫任务"——习近平主席在举行的对话会上发言。')).toEqual(['习近平']);
  });

  it('does not take groups or places for people', () => {
    expect(whoOf('村民在古浪县便民大厅办理业务。')).toEqual([]);
    expect(whoOf('工作人员介绍网上办事平台。')).toEqual([]);
    expect(whoOf('在河南省邓州市为民服务大厅，工作人员介绍平台。')).toEqual([]);
    expect(whoOf('江苏省张家港市永联村居民代表在村议事厅议事。')).toEqual([]);
    expect(whoOf('')).toEqual([]);
  });
});
