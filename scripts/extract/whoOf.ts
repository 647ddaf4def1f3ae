/** Titles that follow a name and are not part of it (习近平总书记 → 习近平). Longest first. */
const TITLES = [
  '国家主席',
  '总书记',
  '副主席',
  '主席',
  '副总理',
  '总理',
  '委员长',
  '总统',
  '首相',
  '同志',
  '先生',
  '女士',
];
/** Words that follow the subject of a news caption: 在 / 来到 / 同 / 出席 … */
const SUBJECT_VERBS = [
  '来到',
  '出席',
  '会见',
  '会晤',
  '考察',
  '视察',
  '看望',
  '参加',
  '主持',
  '抵达',
  '前往',
  '接见',
  '观看',
  '听取',
  '走进',
  '发表',
  '签署',
  '慰问',
  '调研',
  '专门',
  '亲切',
  '在',
  '同',
  '与',
  '和',
  '赴',
  '向',
  '给',
  '以',
  '乘',
  '到',
  '致',
];
/** A word ending like this is a group or a place (村民, 工作人员, 社区), not a person's name. */
const NOT_A_NAME_END = /[们员民者众人生部区村市省县镇乡家会队团组党国厅局委院校所站处场馆届年月日]$/;
const NOT_A_NAME_START = /^[在这那我你他她它该各每本全一两多某此其当这]/;
/** A name is two to five of these: CJK unified ideographs and the middle dot (NAME, read by code). */
const isNameCode = (code: number): boolean => (code >= 0x4e00 && code <= 0x9fff) || code === 0xb7;
const ENUMERATION_COMMA = 0x3001; // 、
/** Quoted lead-ins (`"国际社会面临的最紧迫任务" ——`) and punctuation before the subject. */
const LEAD_IN = /^(?:[\s，。、；：—…-]|[“"「『《][^”"」』》]*[”"」』》])*(?:——|—)?\s*/;

/** First characters of the titles and verbs: most positions start neither, and one lookup says so. */
const TITLE_FIRST = new Set(TITLES.map((title) => title.charCodeAt(0)));
const VERB_FIRST = new Set(SUBJECT_VERBS.map((verb) => verb.charCodeAt(0)));

const titleAt = (text: string, at: number): string =>
  TITLE_FIRST.has(text.charCodeAt(at)) ? (TITLES.find((title) => text.startsWith(title, at)) ?? '') : '';
const verbAt = (text: string, at: number): boolean =>
  VERB_FIRST.has(text.charCodeAt(at)) && SUBJECT_VERBS.some((verb) => text.startsWith(verb, at));

/**
 * The people named as the subject of a caption: the name leading the text (once the date is cut out) and standing
 * right before 在 / 来到 / 同 / 出席 …, with titles stripped. `习近平、彭丽媛在…` gives both. Groups (村民, 工作人员)
 * are not people's names. Deliberately simple: a subject that is not at the lead is not found.
 */
export const whoOf = (textWithoutDate: string): string[] => {
  const text = textWithoutDate.replace(LEAD_IN, '');
  const names: string[] = [];
  let at = 0;
  for (;;) {
    let found = false;
    // The shortest name that is followed by a title and/or a subject verb (习近平 + 在), or by 、 before another name.
    for (let length = 2; length <= 5 && at + length <= text.length; length++) {
      // Each longer name adds one character: one outside the name class ends the search, as it would for all longer.
      if (length === 2 && !isNameCode(text.charCodeAt(at))) break;
      if (!isNameCode(text.charCodeAt(at + length - 1))) break;
      const title = titleAt(text, at + length);
      const next = at + length + title.length;
      const listed = text.charCodeAt(next) === ENUMERATION_COMMA;
      if (!listed && !verbAt(text, next)) continue;
      const name = text.slice(at, at + length);
      if (NOT_A_NAME_END.test(name) || NOT_A_NAME_START.test(name)) return names;
      names.push(name);
      at = next + (listed ? 1 : 0);
      found = listed;
      break;
    }
    if (!found) return names;
  }
};
