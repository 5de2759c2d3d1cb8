/** A stretch of a text, by offsets. */
export type Span = { start: number; end: number };

/** End punctuation (with closing quotes and brackets) before a space or the end, or a line end. */
const SENTENCE_END = /[.!?؟]+["'”’»)\]]*(?=\s|$)|\n/gu;

/** Abbreviated titles before a name ("Gen. Smith", "Dr. Ali"), lowercase. */
export const TITLE_ABBREVIATIONS = ['mr', 'mrs', 'ms', 'dr', 'gen', 'col', 'lt', 'maj', 'capt', 'sgt', 'sen', 'rep', 'gov', 'prof'];

/** Words whose period does not end a sentence ("Gen. Smith", "No. 10"), lowercase. */
export const ABBREVIATIONS = new Set([...TITLE_ABBREVIATIONS, 'st', 'jr', 'sr', 'no', 'vs', 'etc']);

/**
 * The sentences of a text, as spans that cover it (at most `limit` of them, the last one then
 * running to the end). A period after an initial ("U.S.", "J. Smith") or an abbreviation
 * ("Mr.", "Gen.") ends no sentence, and no end punctuation does before a lowercase word.
 */
export function sentenceSpans(text: string, limit = Number.POSITIVE_INFINITY): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (const match of text.matchAll(SENTENCE_END)) {
    if (spans.length + 1 >= limit) break;
    const end = match.index + match[0].length;
    if (!endsSentence(text, start, match.index, match[0], end)) continue;
    spans.push({ start, end });
    start = end;
  }
  spans.push({ start, end: text.length });
  return spans;
}

function endsSentence(text: string, sentenceStart: number, at: number, punctuation: string, after: number): boolean {
  if (punctuation.startsWith('.')) {
    const word = /\p{L}+$/u.exec(text.slice(sentenceStart, at))?.[0] ?? '';
    if (word.length === 1 || ABBREVIATIONS.has(word.toLowerCase())) return false;
  }
  const next = /\S/u.exec(text.slice(after, after + 40));
  return !(next && /\p{Ll}/u.test(next[0]));
}
