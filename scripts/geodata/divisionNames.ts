/**
 * Short names (aliases) of division names: the forms captions use instead of the official full name.
 * Pure string rules; the build merges hand-kept former names in afterwards.
 */

/** The 55 recognised minority nationalities plus 各族, longest first so 土家族 wins over 土族. */
const ethnicGroups = [
  '蒙古族',
  '回族',
  '藏族',
  '维吾尔族',
  '苗族',
  '彝族',
  '壮族',
  '布依族',
  '朝鲜族',
  '满族',
  '侗族',
  '瑶族',
  '白族',
  '土家族',
  '哈尼族',
  '哈萨克族',
  '傣族',
  '黎族',
  '傈僳族',
  '佤族',
  '畲族',
  '高山族',
  '拉祜族',
  '水族',
  '东乡族',
  '纳西族',
  '景颇族',
  '柯尔克孜族',
  '土族',
  '达斡尔族',
  '仫佬族',
  '羌族',
  '布朗族',
  '撒拉族',
  '毛南族',
  '仡佬族',
  '锡伯族',
  '阿昌族',
  '普米族',
  '塔吉克族',
  '怒族',
  '乌孜别克族',
  '俄罗斯族',
  '鄂温克族',
  '德昂族',
  '保安族',
  '裕固族',
  '京族',
  '塔塔尔族',
  '独龙族',
  '鄂伦春族',
  '赫哲族',
  '门巴族',
  '珞巴族',
  '基诺族',
  '各族',
];
// Official names sometimes drop 族 for multi-character names (伊犁哈萨克自治州, 木垒哈萨克自治县).
const ethnicTokens = [...ethnicGroups, ...ethnicGroups.filter((g) => g.length >= 4).map((g) => g.slice(0, -1))].sort(
  (a, b) => b.length - a.length,
);

/** Strips trailing nationality names: 湘西土家族苗族 → 湘西. Keeps the last one if nothing would be left. */
export function stripEthnicTail(stem: string): string {
  let rest = stem;
  for (;;) {
    const token = ethnicTokens.find((t) => rest.endsWith(t));
    if (!token) return rest;
    const shorter = rest.slice(0, -token.length);
    if (shorter.length === 0) return rest.endsWith('族') ? rest.slice(0, -1) : rest;
    rest = shorter;
  }
}

const provinceSuffixes = /(省|市|壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区)$/;

export function provinceAliases(name: string): string[] {
  const stem = name.replace(provinceSuffixes, '');
  return stem !== name ? [stem] : [];
}

/** 临汾市→临汾, 大兴安岭地区→大兴安岭, 锡林郭勒盟→锡林郭勒, 湘西土家族苗族自治州→湘西州/湘西. */
export function prefectureAliases(name: string): string[] {
  const autonomous = /^(.+)自治州$/.exec(name);
  if (autonomous) {
    const stem = stripEthnicTail(autonomous[1]);
    return stem.length >= 2 ? [`${stem}州`, stem] : [`${stem}州`];
  }
  const plain = /^(.+?)(市|地区|盟)$/.exec(name);
  if (plain && plain[1].length >= 2) return [plain[1]];
  return [];
}

/** 北川羌族自治县→北川县/北川, 霍州市→霍州, 鄂伦春自治旗→鄂伦春旗/鄂伦春, 神农架林区→神农架, 六枝特区→六枝. */
export function countyAliases(name: string): string[] {
  const autonomous = /^(.+)自治(县|旗)$/.exec(name);
  if (autonomous) {
    const stem = stripEthnicTail(autonomous[1]);
    const withSuffix = `${stem}${autonomous[2]}`;
    return stem.length >= 2 ? [withSuffix, stem] : [withSuffix];
  }
  const plain = /^(.+?)(县|市|区|旗|林区|特区)$/.exec(name);
  if (plain && plain[1].length >= 2) return [plain[1]];
  return [];
}

/** The stem used for English names and for joining renamed units (霍州市 → 霍州, 和县 → 和县). */
export function nameStem(name: string, level: 'province' | 'prefecture' | 'county'): string {
  const aliases =
    level === 'province'
      ? provinceAliases(name)
      : level === 'prefecture'
        ? prefectureAliases(name)
        : countyAliases(name);
  const shortest = aliases.filter((a) => a.length >= 2).sort((a, b) => a.length - b.length)[0];
  return shortest ?? name;
}
