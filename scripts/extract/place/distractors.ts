/**
 * Words around a place name that say it is not where the event happened. Kept as data in one place so
 * docs/places.md can list them and tests can probe each one.
 */

/** Names that contain a place name but are not places; they hide what is inside them. */
export const NOT_PLACE_NAMES: readonly string[] = [
  // organisations and institutions named after a place
  '上海合作组织',
  '上合组织',
  '中国人民银行',
  '天津港集团',
  '新华社',
  '新华网',
  '人民日报',
  '中央电视台',
  '中央广播电视总台',
  '亚太经合组织',
  '中非合作',
  '中非友好',
  '中非经贸',
  '中阿合作',
  '中拉论坛',
  '中亚峰会',
  '澜湄合作',
  // time zones, eras, teams
  '北京时间',
  '北京冬奥组委',
  '中国队',
  '达沃斯议程',
  // ships, and Antarctic stations named after places
  '辽宁舰',
  '山东舰',
  '福建舰',
  '中山站',
  '长城站',
  '昆仑站',
  '泰山站',
  '秦岭站',
  '黄河站',
  // everyday words that start with a place name
  '东方红',
  '平安夜',
  '中山公园',
  '法国梧桐',
  // people whose names contain place names (former and current leaders most often in captions)
  '孙中山',
  '中山装',
  '李长春',
  '王岐山',
  '周永康',
  '刘云山',
  '吴邦国',
  '张高丽',
  // spirits and slogans named after revolutionary sites
  '延安精神',
  '井冈山精神',
  '西柏坡精神',
  '红旗渠精神',
  '沂蒙精神',
  '红船精神',
  '塞罕坝精神',
  '南泥湾精神',
  '大别山精神',
  '长征精神',
  '苏区精神',
  '遵义会议精神',
  '古田会议精神',
  '北京精神',
  // seas and regions that start with a country name
  '印度洋',
  '南海诸岛',
  '蒙古族',
  '朝鲜族',
  '俄罗斯族',
  '哈萨克族',
];

/**
 * A place name followed by these is a road or street (北京路, 延安西路, 长安街), not the place. 街道 is a township; 街市 is
 * a market (深水埗街市).
 */
export const ROAD_AFTER = /^[东西南北中]?(?:路|大街|大道|街(?!道|区|头|上|巷|市)|巷|胡同|里(?=\d))/u;

/**
 * At the caption's start, a place followed by a person, a title, its staff or its holdings is who or what, not where
 * (北京大学教授…, 北京大学的志愿者在云南…, 北京大学支教团在云南…, 故宫博物院的文物在山西太原展出): a location word later on
 * says where.
 */
export const PERSON_AFTER =
  /^(?:的)?(?:教授|学生|师生|专家|学者|代表|委员|书记|省长|市长|县长|主任|干部|老师|校长|院士|研究员|记者|游客|选手|运动员|志愿者|工作人员|医护人员|医务人员|医生|护士|科研人员|研究团队|科研团队|团队|队员|员工|职工|文物|藏品|展品|珍品|支教团|合唱团|艺术团|考察团|访问团|科考队|考察队|支教队|服务队|救援队)/u;

/**
 * At the caption's start, a place that begins an institution's name is who, not where (上海交通大学医学院附属瑞金医院
 * 医疗队在云南…, 北京协和医院专家在内蒙古…): a location word later on says where.
 */
export const INSTITUTION_AFTER = /^[^\s，。；：、！？（）“”]{0,6}?(?:大学|学院|医院|研究院|研究所|医疗队|代表团)/u;

/**
 * A place name preceded by these is someone's origin (来自四川的游客, 祖籍福建) or a product's (推介新疆哈密瓜,
 * 选购云南鲜花), not the event's place. Places listed or chained right after such a name are origins too
 * (来自湖南、湖北的游客; 来自四川成都的游客).
 */
export const ORIGIN_BEFORE =
  /(?:来自|祖籍|原籍|籍贯|出生于|生于|出生在|老家在|老家是|老家|家乡在|家乡是|家乡|推介|推销|售卖|带货|选购|品尝)$/u;

/** After a place name: an origin (四川籍) or a nationality (蒙古族): never the place. */
export const ORIGIN_AFTER = /^(?:籍|族|裔)/u;

/**
 * After a place name: something named after it (南开大学, 湖南卫视, 辽宁舰, 齐鲁网). Such a mention opens a location phrase
 * only after a location word, and never narrows a chain (天津南开大学 is in 天津, not in 南开区).
 */
export const NAMED_AFTER =
  /^(?:省|市|县|区)?(?:大学|学院|银行|集团|公司|组织|日报|晚报|卫视|电视台|广播电视台|人民广播电台|航空|证券|队|舰|号|网(?![络点格友球吧店购红]))/u;

/**
 * After a place name: a product named after it (普洱茶, 景德镇瓷器, 北京烤鸭, 兰州拉面, 茅台酒). Weakened like NAMED_AFTER:
 * a product shows where it comes from, not where the photo was taken. 茶农 work where they are (武夷山市茶农).
 */
export const PRODUCT_AFTER =
  /^(?:茶(?![园山场区乡镇村厂馆楼叶市农])|瓷器|瓷(?!器)|烤鸭|拉面|小吃|火腿|米粉|螺蛳粉|热干面|板鸭|酒(?![店吧家楼])|白酒|大米|脐橙|蜜橘|苹果|香梨|大枣|枸杞|牛肉干|刺绣|蜀绣|湘绣|丝绸|宣纸)(?!产业|基地|工厂|厂|企业|园|市场|小镇|博物馆|文化节)/u;

/** The first character of every word PRODUCT_AFTER reads (a precheck; a test keeps the two in step). */
export const PRODUCT_FIRST_CHARS = '茶瓷烤拉小火米螺热板酒白大脐蜜苹香枸牛刺蜀湘丝宣';

/**
 * After a place name: a sports team or a delegation-like group named after it and a sponsor (山东泰山队, 北京国安队,
 * 四川消防救援队), but not 排队 / 列队 (北京市民排队).
 */
export const TEAM_AFTER = /^[^\s，。；：、！？（）“”]{0,4}(?<![排列插站整归带组入领编结成车])队(?![伍列形])/u;

/**
 * After a place name: an event named after it (北京冬奥会, 巴黎奥运会). Taken only when nothing else in the caption
 * says where (北京冬奥会张家口赛区 is in 张家口).
 */
export const EVENT_AFTER = /^(?:冬奥会|冬残奥会|奥运会|残奥会|亚运会|亚残运会|大运会|世博会|进博会|冬运会|全运会)/u;

/**
 * After a place name: an office of it (福建省委, 福州市政府) or a topic about it (台湾问题, 香港同胞). Opens a location
 * phrase only after a location word.
 */
export const OFFICE_AFTER =
  /^(?:省|市|县|区)?(?:委|政府|人大|政协|军区|代表团|团委|问题|同胞|当局|事务|议题|局势|老乡|地区领导人|籍人士)/u;

/**
 * The part of OFFICE_AFTER that is a government of the place (台中市政府, 香港特区政府, 福建省委): when nothing else in the
 * caption says where, what such an office does happens at home.
 */
export const GOVERNMENT_AFTER = /^(?:省|市|县|区)?(?:委|政府|人大|政协)/u;

/**
 * After a bare county stem: a landmark that only borrows the name (崖州湾, 东风着陆场, 长白山). The stem is dropped;
 * famous landmarks that do lie in one county are in sites.json instead.
 */
export const LANDMARK_AFTER =
  /^(?:湾|湖|港|岛|山|峰|河|江|海|峡|站|口岸|机场|大桥|桥|水库|公园|广场|书院|中学|小学|着陆场|发射|卫星|航天|实验室|油田|煤矿|大道|新城|科技城)/u;

/**
 * After a bare county stem that starts a phrase: what may follow when the stem really is the county (阜平考察,
 * 井冈山，, 正定的). Anything else means the stem is the start of an ordinary word (在和平年代, 在太湖边, 在平安夜).
 */
export const STEM_BOUNDARY_AFTER =
  /^(?:$|[，。、；：！？（）“”"《\s]|考察|调研|视察|看望|慰问|参观|出席|召开|举行|举办|开幕|闭幕|主持|会见|走访|察看|了解|游览|游玩|旅游|观光|度假|采访|拍摄|采风|参加|工作|同|与|和|的|县城|城区|市区|境内|地区|一带|等地|期间|时|农村|乡村|群众|人民|干部)/u;

/** Before a two-character country name: what may precede it (立法国家 and 参加纳凉 hide no country). */
export const COUNTRY_BOUNDARY_BEFORE = /(?:^|[^\p{Script=Han}]|[的和与及、在赴到访抵于是为同向从对经往自])$/u;

/** Between two place names: a route (贵阳至昆明段, 北京到上海), which is no one place. */
export const ROUTE_SEPARATOR = /^(?:至|到|—|－|-|~|～|经|往|开往|飞往|驶往)$/u;

/** Between two place names: a list (黑龙江、吉林、辽宁三省), so no single one is the place. */
export const LIST_SEPARATOR = /^(?:、|和|及|与|以及)$/u;

/** A country followed by a head of state or envoy is a party, whatever precedes it (在美国总统拜登陪同下). */
export const OFFICIAL_AFTER =
  /^(?:总统|总理|首相|国王|女王|王储|外长|外交大臣|大使|领导人|议长|副总统|国家主席|主席|总书记|元首|总督|首脑)/u;

/** A country followed by these is a party to a meeting (同俄罗斯总统普京会晤), not the place. */
export const PARTY_AFTER =
  /^(?:总统|总理|首相|国王|女王|王储|外长|外交部|外交大臣|大使|驻华|领导人|政府|议长|副总统|国家主席|主席|总书记|客人|方面|人民|民众|媒体|专家|学者|记者|留学生|企业|公司|友人|朋友|元首|政要|代表|青年|军|国防|总督|王室|首脑|同行|两国|双方|的)/u;

/** Words before a country that make it a party, not a place (会见美国客人, 同英国首相). */
export const PARTY_BEFORE = /(?:同|与|和|会见|会晤|致电|致信|致贺电|致贺信|复信|通电话)$/u;

/** Words right before a place that open a location phrase. */
export const LOCATION_WORDS = [
  '在',
  '来到',
  '赴',
  '到',
  '于',
  '考察',
  '抵达',
  '视察',
  '走进',
  '深入',
  '调研',
  '访问',
  '出访',
  '回到',
  '飞抵',
  '莅临',
  '位于',
  '拍摄的',
  '航拍的',
  '摄于',
  '图为',
  '这是',
  '俯瞰',
  '走访',
  '途经',
] as const;

/** The local time of a foreign place: the caption is set abroad. */
export const ABROAD_SIGNAL = '当地时间';
