import type { ExtractDeps } from './interpretCaption.ts';

/** A sentence of body text led by a date, with the sentences that go on about it. */
export interface TextCandidate {
  /** The lead sentence plus its continuation, verbatim. */
  text: string;
  /** Ordinal among the post's dated sentences: with the post path it makes the event id. */
  position: number;
  /** Null when it may tell an event; otherwise why not (it is still reported). */
  rejection: string | null;
}

/** Verbs and nouns of things that happen on a day: a visit, a meeting, a speech, a fair opening. */
const ACTION =
  /来到|考察|视察|调研|看望|慰问|出席|参加|主持|会见|会晤|会谈|通电话|举行|举办|召开|开幕|闭幕|如约而至|发表|讲话|致辞|致信|致贺信|签署|访问|抵达|到达|赴|走进|参观|峰会|博览会|大会|论坛/;
/** A date in the first clause of its sentence leads it; one after the first comma only mentions it. */
const FIRST_CLAUSE_END = /[，；：]/;
const SENTENCE = /[^。！？!?]+(?:[。！？!?]+[”"」』]?|$)/g;
/** Sentences that carry a date of their own start a new candidate; the cheap test avoids parsing every sentence. */
const MAY_HAVE_DATE = /\d|[０-９]|今年|去年|前年|本月|[〇一二三四五六七八九十]+[月日号]/;
const MAX_CONTINUATION = 2;

/** The paragraph's sentences, trimmed, empty ones left out (one array, not match, map and filter arrays). */
const sentencesOf = (paragraph: string): string[] => {
  const sentences: string[] = [];
  SENTENCE.lastIndex = 0;
  for (let found = SENTENCE.exec(paragraph); found; found = SENTENCE.exec(paragraph)) {
    const sentence = found[0].trim();
    if (sentence !== '') sentences.push(sentence);
  }
  return sentences;
};

/**
 * Sentences of body text led by a date, for posts that tell events without (or beside) photo captions: the date is
 * in the sentence's first clause. Those at month or day precision that name an action may tell an event; the rest
 * (a bare year such as `2021 年，困难与奋进共生`, no action) come back with a rejection so the report shows them.
 * The next sentences of the same paragraph, up to two and until one may hold a date of its own, go with the lead:
 * they often name the finer place (`在皇姑区三台子街道牡丹社区，…`). Whether a candidate is an event is then decided
 * by the same interpretCaption as a photo caption (which also turns down `截至 12 月 2 日` running totals).
 */
export const findTextEvents = (
  paragraphs: string[],
  articleDate: string | null,
  deps: Pick<ExtractDeps, 'normalize' | 'parseDate'>,
): TextCandidate[] => {
  const candidates: TextCandidate[] = [];
  for (const paragraph of paragraphs) {
    // A lead sentence must pass MAY_HAVE_DATE, which has no anchors: a paragraph without a match holds none.
    if (!MAY_HAVE_DATE.test(paragraph)) continue;
    const sentences = sentencesOf(paragraph);
    for (let i = 0; i < sentences.length; i++) {
      const sentence = sentences[i];
      if (!MAY_HAVE_DATE.test(sentence)) continue;
      const normalized = deps.normalize(sentence);
      const date = deps.parseDate(normalized, articleDate);
      if (!date.ok) continue;
      const clauseEnd = normalized.search(FIRST_CLAUSE_END);
      if (clauseEnd !== -1 && date.value.index >= clauseEnd) continue;
      let text = sentence;
      for (let k = i + 1; k < sentences.length && k <= i + MAX_CONTINUATION; k++) {
        if (MAY_HAVE_DATE.test(sentences[k])) break;
        text += sentences[k];
      }
      const rejection =
        date.value.precision === 'year'
          ? 'a sentence dated by a year only: too vague to be an event'
          : ACTION.test(normalized)
            ? null
            : 'a dated sentence that names no action (visit, meeting, speech …)';
      candidates.push({ text, position: candidates.length, rejection });
    }
  }
  return candidates;
};
