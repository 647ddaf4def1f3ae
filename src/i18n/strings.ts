/** Every UI string, Chinese first. A key missing from either language is a type error. */
export const zh = {
  title: 'Caption Atlas · 图说地图',
  loading: '正在载入事件……',
  loadingProgress: (chunks: number, totalChunks: number, events: number) =>
    `正在载入事件…… ${chunks.toLocaleString('zh-CN')} / ${totalChunks.toLocaleString('zh-CN')} 个月份（${events.toLocaleString('zh-CN')} 个事件）`,
  loadError: '无法载入事件数据',
  eventCount: (shown: number, total: number) =>
    shown === total
      ? `${total.toLocaleString('zh-CN')} 个事件`
      : `${shown.toLocaleString('zh-CN')} / ${total.toLocaleString('zh-CN')} 个事件`,
  inWindow: (n: number) => `可见 ${n.toLocaleString('zh-CN')} 个`,
  language: '语言',
  kinds: '事件类型',
  kindCaption: '图片说明',
  kindText: '正文句子',
  regionFilter: '地区筛选',
  removeRegion: (name: string) => `取消地区筛选：${name}`,
  elsewhere: '境外及未知地点',
  timeline: '时间轴',
  timelineHelp: '滚轮或双指缩放，拖动平移；键盘：← → 平移，+ − 缩放，Home/End 跳到首尾，Tab 逐个事件，Enter 打开',
  histogramBar: (n: number) => `${n.toLocaleString('zh-CN')} 个事件，点击放大`,
  overflow: (n: number) => `另有 ${n} 个`,
  list: '事件列表',
  listEmpty: '此时间范围内没有事件',
  detail: '事件详情',
  detailEmpty: '在时间轴、地图或列表中选择一个事件',
  close: '关闭',
  date: '日期',
  dateWritten: '原文日期',
  place: '地点',
  people: '人物',
  what: '事件',
  caption: '图片说明原文',
  sources: '来源文章',
  kind: '类型',
  photoMissing: '照片无法显示',
  noPhoto: '无照片',
  openPhoto: '放大照片',
  lightbox: '照片查看',
  previous: '上一张',
  next: '下一张',
  selected: (text: string) => `已选择：${text}`,
  confidence: '置信度',
} as const;

export type Strings = {
  [K in keyof typeof zh]: (typeof zh)[K] extends (...args: infer A) => string ? (...args: A) => string : string;
};

export const en: Strings = {
  title: 'Caption Atlas',
  loading: 'Loading events…',
  loadingProgress: (chunks, totalChunks, events) =>
    `Loading events… ${chunks.toLocaleString('en')} of ${totalChunks.toLocaleString('en')} month${totalChunks === 1 ? '' : 's'} (${events.toLocaleString('en')} event${events === 1 ? '' : 's'})`,
  loadError: 'Could not load the event data',
  eventCount: (shown, total) =>
    shown === total
      ? `${total.toLocaleString('en')} events`
      : `${shown.toLocaleString('en')} of ${total.toLocaleString('en')} events`,
  inWindow: (n) => `${n.toLocaleString('en')} in view`,
  language: 'Language',
  kinds: 'Event kinds',
  kindCaption: 'Photo captions',
  kindText: 'Body text',
  regionFilter: 'Region filter',
  removeRegion: (name) => `Remove region filter: ${name}`,
  elsewhere: 'Abroad or unknown place',
  timeline: 'Timeline',
  timelineHelp:
    'Wheel or pinch to zoom, drag to pan; keys: ← → pan, + − zoom, Home/End jump to the ends, Tab steps through events, Enter opens',
  histogramBar: (n) => `${n.toLocaleString('en')} events, click to zoom in`,
  overflow: (n) => `${n} more`,
  list: 'Event list',
  listEmpty: 'No events in this time range',
  detail: 'Event details',
  detailEmpty: 'Select an event on the timeline, the map or the list',
  close: 'Close',
  date: 'Date',
  dateWritten: 'Date as written',
  place: 'Place',
  people: 'People',
  what: 'What',
  caption: 'Caption as written',
  sources: 'Source posts',
  kind: 'Kind',
  photoMissing: 'Photo unavailable',
  noPhoto: 'No photo',
  openPhoto: 'Enlarge photo',
  lightbox: 'Photo viewer',
  previous: 'Previous',
  next: 'Next',
  selected: (text) => `Selected: ${text}`,
  confidence: 'Confidence',
};

export type Lang = 'zh' | 'en';
export const STRINGS: Record<Lang, Strings> = { zh, en };
