import { addWork } from './work-meter.ts';

/** A stretch of a text, by offsets. */
export type Span = { start: number; end: number };

/** End punctuation (with closing quotes and brackets) before a space or the end, or a line end. */
const SENTENCE_END = /[.!?؟]+["'”’»)\]]*(?=\s|$)|\n/gu;
const LETTER = /\p{L}/u;
const LOWERCASE = /\p{Ll}/u;
const NOT_SPACE = /\S/u;
/** How far after end punctuation to look for the next word's first letter. */
const LOOKAHEAD = 40;

/** Abbreviated titles before a name ("Gen. Smith", "Dr. Ali"), lowercase. */
export const TITLE_ABBREVIATIONS = ['mr', 'mrs', 'ms', 'dr', 'gen', 'col', 'lt', 'maj', 'capt', 'sgt', 'sen', 'rep', 'gov', 'prof'];

/** Words whose period does not end a sentence ("Gen. Smith", "No. 10"), lowercase. */
export const ABBREVIATIONS = new Set([...TITLE_ABBREVIATIONS, 'st', 'jr', 'sr', 'no', 'vs', 'etc']);

/**
 * The sentences of a text, as spans that cover it (at most `limit` of them, the last one then
 * running to the end). A period after an initial ("U.S.", "J. Smith") or an abbreviation
 * ("Mr.", "Gen.") ends no sentence, and no end punctuation does before a lowercase word.
 *
 * Linear in the text's length: each candidate end looks back over the one word before it and
 * ahead over at most LOOKAHEAD characters, never over the sentence so far.
 */
export function sentenceSpans(text: string, limit = Number.POSITIVE_INFINITY): Span[] {
  const spans: Span[] = [];
  let start = 0;
  addWork(text.length);
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
    const word = wordBefore(text, sentenceStart, at);
    if (isOneLetter(word) || ABBREVIATIONS.has(word.toLowerCase())) return false;
  }
  const next = NOT_SPACE.exec(text.slice(after, after + LOOKAHEAD));
  addWork(LOOKAHEAD);
  return !(next && LOWERCASE.test(next[0]));
}

/** The run of letters that ends at `at` (not before `from`), scanned backwards. */
function wordBefore(text: string, from: number, at: number): string {
  let start = at;
  while (start > from) {
    const previous = text.codePointAt(start - 2);
    // A letter outside the BMP is a surrogate pair: step over both halves.
    const width = start - 2 >= from && previous !== undefined && previous > 0xffff ? 2 : 1;
    if (!LETTER.test(text.slice(start - width, start))) break;
    start -= width;
  }
  addWork(at - start + 1);
  return text.slice(start, at);
}

function isOneLetter(word: string): boolean {
  return word.length === 1 || (word.length === 2 && (word.codePointAt(0) ?? 0) > 0xffff);
}
