/**
 * Hand-kept word lists the English place reader uses to tell a place name from a name that only contains one.
 * All lower case.
 */

/** Ethnic names that stand between a name and "Autonomous …" (`Honghe Hani and Yi Autonomous Prefecture`). */
export const ETHNIC_WORDS = new Set(
  (
    'hani yi miao dong buyi tujia zhuang hui uygur uyghur uighur tibetan mongolian mongol korean dai bai yao kazak kazakh ' +
    'kirgiz kyrgyz li naxi lisu jingpo qiang bouyei buyei gelao she mulao maonan salar tu dongxiang bonan baoan daur ' +
    'ewenki evenki oroqen manchu xibe pumi nu derung achang va wa blang lahu jino tajik yugur jing russian hezhen sui ' +
    'shui tu and'
  ).split(' '),
);

/** Common Chinese surnames: a place-like word right after one is a given name (Xi Jinping, not Jinping County). */
export const SURNAMES = new Set(
  (
    'li wang zhang liu chen yang zhao huang zhou wu xu sun hu zhu gao lin he guo ma luo liang song zheng xie han tang ' +
    'feng yu dong xiao cheng cao yuan deng fu shen zeng peng lyu lu su jiang cai jia ding wei xue ye yan pan du dai xia ' +
    'zhong tian ren fan fang shi yao tan liao zou xiong jin hao kong bai cui kang mao qiu qin gu hou shao meng long wan ' +
    'duan lei qian yin yi chang qiao lai gong wen xi ji mu niu'
  ).split(' '),
);

/** Words before a place that say the photo was taken there (`in`, `at`, `visit` …). */
export const LOCATION_CUES = new Set(
  (
    'in at near over across around outside inside into to on visit visits visited visiting tour tours toured touring ' +
    'hit hits reach reaches reached arrive arrives arrived within throughout along off above'
  ).split(' '),
);

/** Words before a place that make it where people come from, not where the photo is. */
export const ORIGIN_CUES = new Set(['from']);
/** …unless a launch or a departure comes before `from`: `blasts off from the Wenchang Space Launch Site`. */
export const DEPARTURE_VERBS = new Set(
  'launched launches launch off lifted blasted taken shot seen departs departed departing sails sailed'.split(' '),
);

/** Words that may stand between a cue and the place: `in the`, `in north China's`, `in downtown`. */
export const FILLER_WORDS = new Set(
  (
    'the a an north south east west central northern southern eastern western northeast northwest southeast ' +
    "southwest northeastern northwestern southeastern southwestern china china's chinas downtown rural suburban " +
    'urban coastal mountainous remote outskirts of part parts capital city'
  ).split(' '),
);

/** Words between two names of one place: `Huozhou City, north China's Shanxi`, `Dingri County in Xigaze`. */
export const JOINING_WORDS = new Set([...FILLER_WORDS, 'in', 'of', 's']);

/** A place name followed by one of these (within two words) names an organisation, a team or a product. */
export const ORGANISATION_WORDS =
  'University|Universities|College|Institute|Academy|Bank|Airlines|Airline|Group|Daily|Evening|Television|TV|Radio|' +
  'Opera|Organization|Organisation|Club|FC|Team|Guoan|Taishan|Port|Company|Corporation|Co|Ltd|Normal|Hospital|' +
  'Consensus|Declaration|Initiative|Principles|Time|Times|Agency|Province-based|Hotel';
/** Lower-case words right after a place name that make it a thing (`Peking duck`, `Sichuan pepper`). */
export const THING_WORDS = 'duck|cuisine|opera|style|time|pepper|tea|noodles|hotpot|native|natives|dialect|people';
/** A place name followed by one of these (within four words) names an event (`Hangzhou Asian Games`). */
export const EVENT_WORDS =
  'Games|Olympics|Olympic|Paralympics|Paralympic|Marathon|Expo|Fair|Forum|Festival|Conference|Convention|Summit|' +
  'Exhibition|Week|Cup|Open|Biennale|Airshow|Universiade|Carnival|Masters|Championships|Championship|Dialogue';

/** Unit words after a name, with the Chinese unit endings they allow. */
export type UnitKind = 'province' | 'prefecture' | 'league' | 'city' | 'county' | 'district' | 'banner' | 'local';
export const UNIT_WORDS: ReadonlyArray<[string, UnitKind]> = [
  ['special administrative region', 'province'],
  ['autonomous region', 'province'],
  ['sar', 'province'],
  ['province', 'province'],
  ['municipality', 'province'],
  ['autonomous prefecture', 'prefecture'],
  ['prefecture', 'prefecture'],
  ['league', 'league'],
  ['city', 'city'],
  ['autonomous county', 'county'],
  ['county', 'county'],
  ['district', 'district'],
  ['autonomous banner', 'banner'],
  ['banner', 'banner'],
  ['town', 'local'],
  ['township', 'local'],
  ['village', 'local'],
  ['subdistrict', 'local'],
];
