import type { ViewState } from '../state/store.ts';

type Lang = ViewState['lang'];

// One formatter per language: toLocaleString would build a new one for every region on every frame.
const zhNumber = new Intl.NumberFormat('zh-CN');
const enNumber = new Intl.NumberFormat('en');
const zh = (n: number) => zhNumber.format(n);
const en = (n: number) => enNumber.format(n);

/** The map's own words, in both languages. Numbers are formatted for the language. */
export const mapStrings = {
  zh: {
    mapLabel: '中国地图：各地区在时间轴可见范围内的事件数',
    keysHint: '地区：方向键移动，回车筛选，Esc 清除',
    breadcrumb: '地图层级',
    country: '全国',
    elsewhere: '其他地区',
    elsewhereHint: '境外或没有地点的事件',
    legendTitle: '可见时间范围内的事件数',
    nanhai: '南海诸岛',
    drillInto: (name: string) => `查看${name}的地级区划`,
    back: '返回全国',
    loading: '正在加载地图…',
    failed: '地图加载失败',
    events: (n: number) => `${zh(n)} 个事件`,
    region: (name: string, n: number) => `${name}，${zh(n)} 个事件`,
    point: (n: number) => `此处 ${zh(n)} 个事件（县级地点）`,
  },
  en: {
    mapLabel: 'Map of China: events per region in the timeline’s visible window',
    keysHint: 'Regions: arrow keys move, Enter filters, Esc clears',
    breadcrumb: 'Map level',
    country: 'China',
    elsewhere: 'Elsewhere',
    elsewhereHint: 'Events abroad or without a place',
    legendTitle: 'Events in the visible time window',
    nanhai: 'South China Sea Is.',
    drillInto: (name: string) => `Show ${name} by prefecture`,
    back: 'Back to China',
    loading: 'Loading the map…',
    failed: 'The map could not be loaded',
    events: (n: number) => `${en(n)} ${n === 1 ? 'event' : 'events'}`,
    region: (name: string, n: number) => `${name}, ${en(n)} ${n === 1 ? 'event' : 'events'}`,
    point: (n: number) => `${en(n)} ${n === 1 ? 'event' : 'events'} here (county-level places)`,
  },
} satisfies Record<Lang, unknown>;

export type MapStrings = (typeof mapStrings)[Lang];
