import { p, photo, type DemoPost } from '../demoPost.ts';

/**
 * Demo posts whose shape is the point: a look-back with year- and month-only dates, a post whose events are only in
 * the body text, a post with a broken front matter, and Taiwan captions in both scripts.
 */
export const postsSpecialCases: DemoPost[] = [
  {
    n: 56,
    slug: '2024-09-30-a-decade-in-pictures',
    title: '影像里的十年',
    date: '2024-09-30T02:00:00Z',
    blocks: [
      p('从高原到海岛，从铁路到电站，一组资料照片回顾近十年的几个瞬间。'),
      photo('贺兰', '↑2015 年，宁夏银川市贺兰县的稻渔综合种养基地（资料照片）。'),
      photo('雄安', '↑2017 年，雄安新区设立。图为河北雄安新区白洋淀（资料照片）。'),
      photo('京张', '↑2019 年 12 月，京张高铁开通运营，列车驶过八达岭长城附近。'),
      photo('玉麦', '↑2020 年，脱贫攻坚战取得全面胜利。图为西藏自治区山南市隆子县玉麦乡（资料照片）。'),
      photo('中老铁路', '↑2021 年 12 月 3 日，中老铁路全线开通运营，复兴号列车从云南昆明站驶出。'),
      photo('白鹤滩', '↑2022 年 12 月，白鹤滩水电站全部机组投产发电。图为位于四川宁南县和云南巧家县交界处的电站坝区。'),
      p('编辑：沈一川 校对：陆明'),
    ],
  },
  {
    n: 57,
    slug: '2024-02-02-tianjin-new-year-visit',
    title: '新春走基层：天津两日',
    date: '2024-02-03T01:00:00Z',
    blocks: [
      p('2 月 1 日，习近平来到天津市西青区辛口镇第六埠村，看望去年夏天受洪涝灾害影响的群众。'),
      photo('第六埠'),
      p('当天下午，习近平来到南开大学考察。南开大学创建于 1919 年。'),
      p('2 月 2 日上午，习近平在天津古文化街考察，同群众互致新春祝福。'),
      photo('古文化街'),
      p('2023 年 7 月底 8 月初，海河流域发生流域性特大洪水，西青区部分村庄受灾。'),
    ],
  },
  {
    n: 58,
    slug: '2019-05-20-broken-front-matter',
    title: '长征出发地的五月',
    date: '2019-05-21T08:00:00Z',
    rawFrontMatter: [
      "title: '长征出发地的五月",
      'categories: [新媒体, ZAKER',
      'author: ZAKER',
      'date: Tue, 21 May 2019 08:00:00 GMT',
    ].join('\n'),
    blocks: [
      photo('于都', '↑2019 年 5 月 20 日，习近平在江西赣州市于都县中央红军长征出发纪念碑前敬献花篮。'),
      photo('潭头村', '↑5 月 20 日，习近平在于都县梓山镇潭头村看望村民。'),
    ],
  },
  {
    n: 59,
    slug: '2024-04-03-taiwan-hualien-earthquake',
    title: '花蓮強震',
    date: '2024-04-04T03:00:00Z',
    categories: ['新媒体', 'ZAKER', '台湾'],
    blocks: [
      photo('花蓮', '↑2024 年 4 月 3 日 7 時 58 分，台灣花蓮縣海域發生 7.3 級地震，花蓮市區一棟大樓傾斜。'),
      photo('台北', '↑4 月 3 日，台北市捷運列車因地震暫停運行，乘客在月台等候。'),
      photo('太魯閣', '↑4 月 4 日，救援人員在太魯閣國家公園搜救受困民眾。'),
      photo('2018', '↑2018 年 2 月 6 日深夜，台湾花莲县附近海域发生 6.5 级地震，花莲市一家酒店倒塌（资料照片）。'),
    ],
  },
];
