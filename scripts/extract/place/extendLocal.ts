import { codesOf } from '../text/codeTable.ts';

/**
 * Below the last division named, a caption often goes on with unnamed local units: 冯南垣村, 甘家寨红旗社区,
 * 黄花滩生态移民区富民新村, 历史文化街区. Each piece is a few characters ending in a local-unit word.
 */
const LOCAL_PIECE =
  /^(?:(?!考察|调研|看望|参观|视察|了解|慰问|听取|座谈|主持|出席|举行)[^\s，。、；：！？（）“”"《》同向与和在给为时的是]){1,10}?(?:村|社区|街道|乡|镇|街区|园区|移民区|嘎查|苏木|小区|林场|农场|牧场|景区|开发区|新区|胡同|巷)(?![民委干级里部两])/u;

/** First characters of LOCAL_PIECE's unit words, by code. */
const UNIT_FIRST = codesOf('村社街乡镇园移嘎苏小林农牧景开新胡巷');

/** Whether a unit word can start after the first character of text[from, to): if not, LOCAL_PIECE cannot match. */
const mayHoldUnit = (text: string, from: number, to: number): boolean => {
  for (let k = from + 1; k < to; k++) if (UNIT_FIRST[text.charCodeAt(k)] === 1) return true;
  return false;
};

/** The local-unit pieces that follow `end` directly, as [start, end) spans (at most four). */
export function localPieces(text: string, end: number): [number, number][] {
  const pieces: [number, number][] = [];
  let reach = end;
  while (pieces.length < 4) {
    if (!mayHoldUnit(text, reach, Math.min(reach + 14, text.length))) break;
    const piece = LOCAL_PIECE.exec(text.slice(reach, reach + 14));
    if (!piece) break;
    pieces.push([reach, reach + piece[0].length]);
    reach += piece[0].length;
  }
  return pieces;
}

/** How far a place phrase that ends at `end` reaches when it goes on with local units. */
export function extendLocal(text: string, end: number): number {
  const pieces = localPieces(text, end);
  return pieces.length > 0 ? pieces[pieces.length - 1][1] : end;
}
