/** The hot path of English tagging: finds a paragraph's capitalised words without tokenising the lowercase text. */

import { ABBREVIATIONS } from '../../lib/sentences.ts';
import { CLOSERS, SENTENCE_STARTS, isHyphenCode, isJoinerCode, isSpaceCode, isUpperChar, isWordChar } from './characters.ts';
import { makeWord, nameCore, pushWord, type Cursor, type IsKnownWord, type Item } from './tokens.ts';
import { LONGEST_NAME_PREFIX, NAME_PREFIXES, PARTICLE_GAP, SOURCE_CUES } from './words.ts';

/** Jumps to likely capitals: ASCII, Latin-1, Latin Extended, Greek and Cyrillic (checked after). */
const CAPITAL_SEARCH = /[A-Z\u00C0-\u00D6\u00D8-\u00DE\u0100-\u024F\u0370-\u03FF\u0400-\u042F]/g;

/** Longest text between two capitalised words that is read for particles (" bin ", " of the " is no particle gap). */
const LONGEST_PARTICLE_GAP = 12;

/** Longest abbreviation before a period, in letters ("capt", "prof"). */
const LONGEST_ABBREVIATION = Math.max(...[...ABBREVIATIONS].map((word) => word.length));

/** Last letters of the source cues ("tolD", "tO", "bY", "witH"): a quick test before reading the word. */
const CUE_LAST_LETTERS = new Set(Object.keys(SOURCE_CUES).map((cue) => cue.charCodeAt(cue.length - 1)));

/** Longest source cue, in letters. */
const LONGEST_CUE = Math.max(...Object.keys(SOURCE_CUES).map((cue) => cue.length));

/** How far before a cue its pattern looks ("according  to"). */
const CUE_CONTEXT = 12;

/** What lies between two capitalised words. */
const GAP_SPACE = 0;
const GAP_ABBREVIATION = 1;
const GAP_SENTENCE = 2;
const GAP_OTHER = 3;

/** Start and end of a token in a text. */
interface Span {
  start: number;
  end: number;
}

/**
 * Capitalised words of a paragraph (and the particles joining them), with breaks where a
 * phrase cannot go on. Words capitalised in mid-sentence are added to `midCap`.
 */
export function scanParagraph(text: string, cursor: Cursor, midCap: Set<string>, isKnown: IsKnownWord): Item[] {
  const items: Item[] = [];
  const span: Span = { start: 0, end: 0 };
  let end = 0;
  while (findCapToken(text, end, span)) {
    const gap = gapBefore(text, end, span.start);
    if (end > 0 && gap !== GAP_SPACE && gap !== GAP_ABBREVIATION) {
      const particles = span.start - end <= LONGEST_PARTICLE_GAP ? PARTICLE_GAP.exec(text.slice(end, span.start)) : null;
      if (!particles) items.push(null);
      else for (const particle of particles[0].trim().split(/\s+/)) items.push(makeWord(particle, false, cursor));
    }
    const initial = gap === GAP_SENTENCE || (end === 0 && gap === GAP_SPACE);
    const count = items.length;
    pushWord(items, text.slice(span.start, span.end), initial, cursor, isKnown);
    for (let i = count; i < items.length; i++) noteMidCap(items[i], midCap);
    const word = items[count];
    if (word && followsSourceCue(text, span.start)) word.source = true;
    end = span.end;
  }
  items.push(null);
  return items;
}

/** Records a word capitalised in mid-sentence: evidence that it is a name. */
function noteMidCap(word: Item, midCap: Set<string>): void {
  if (!word?.cap || word.initial) return;
  midCap.add(word.key);
  const core = nameCore(word.key);
  if (core !== word.key) midCap.add(core);
}

/** Whether the name at `start` follows a source cue; only the word before it is read unless it may end one. */
function followsSourceCue(text: string, start: number): boolean {
  if (start < 3 || text.charCodeAt(start - 1) !== 32) return false;
  if (!CUE_LAST_LETTERS.has(text.charCodeAt(start - 2) | 32)) return false;
  let wordStart = start - 1;
  while (wordStart > 0 && start - wordStart <= LONGEST_CUE + 1 && isWordChar(text, wordStart - 1)) wordStart--;
  const cue = SOURCE_CUES[text.slice(wordStart, start - 1).toLowerCase()];
  if (cue === undefined || (wordStart > 0 && isWordChar(text, wordStart - 1))) return false;
  return cue === true || cue.test(text.slice(Math.max(0, wordStart - CUE_CONTEXT), wordStart));
}

/** Classifies `text[from, to)`, read backwards: only spaces, "Gen. ", a sentence end, or other. */
function gapBefore(text: string, from: number, to: number): number {
  let i = to - 1;
  while (i >= from && isSpaceCode(text.charCodeAt(i))) i--;
  if (i < from) return GAP_SPACE;
  if (i === from && text[i] === '.' && from > 0 && isAbbreviationBefore(text, from)) return GAP_ABBREVIATION;
  for (; i >= from; i--) {
    const char = text[i];
    if (SENTENCE_STARTS.has(char)) return GAP_SENTENCE;
    if (!CLOSERS.has(char) && !isSpaceCode(text.charCodeAt(i))) return GAP_OTHER;
  }
  return from === 0 ? GAP_SPACE : GAP_OTHER;
}

/** Whether the word ending at `end` is an abbreviation such as "Gen" or "Dr". */
function isAbbreviationBefore(text: string, end: number): boolean {
  let start = end;
  while (start > 0 && end - start < LONGEST_ABBREVIATION && isWordChar(text, start - 1)) start--;
  return ABBREVIATIONS.has(text.slice(start, end).toLowerCase());
}

/**
 * Finds the next word that is capitalised ("Iraq", "U.S.", "Iran-backed", "pro-Iranian" →
 * "Iranian") or a prefixed name ("al-Sudani"). A regex jumps to the next capital letter.
 */
function findCapToken(text: string, from: number, span: Span): boolean {
  CAPITAL_SEARCH.lastIndex = from;
  while (CAPITAL_SEARCH.test(text)) {
    const i = CAPITAL_SEARCH.lastIndex - 1;
    if (!isUpperChar(text, i)) continue;
    if (i > 0 && isWordChar(text, i - 1)) {
      CAPITAL_SEARCH.lastIndex = wordEnd(text, i); // "iPhone": not a name
      continue;
    }
    span.start = isHyphenCode(text.charCodeAt(i - 1)) ? prefixStart(text, i - 1) : i;
    const end = wordEnd(text, i);
    span.end = end === i + 1 ? dottedEnd(text, end) : end;
    return true;
  }
  return false;
}

/** Start of a name prefix ending in the hyphen at `hyphen` ("al-" in "al-Sudani"), else the next index. */
function prefixStart(text: string, hyphen: number): number {
  let start = hyphen;
  while (start > 0 && hyphen - start < LONGEST_NAME_PREFIX && isWordChar(text, start - 1)) start--;
  const prefix = text.slice(start, hyphen).toLowerCase();
  const whole = start === 0 || !isWordChar(text, start - 1);
  return whole && NAME_PREFIXES.has(prefix) ? start : hyphen + 1;
}

/** End of the word at `start`, across inner apostrophes and hyphens. */
function wordEnd(text: string, start: number): number {
  let j = start + 1;
  for (;;) {
    while (j < text.length && isWordChar(text, j)) j++;
    if (!isJoinerCode(text.charCodeAt(j)) || !isWordChar(text, j + 1)) return j;
    j += 2;
  }
}

/** Extends a single capital over dotted abbreviations ("U.S.", "U.N.") and initials ("F. Kennedy"). */
function dottedEnd(text: string, end: number): number {
  if (text[end] !== '.') return end;
  let j = end;
  while (text[j] === '.' && isUpperChar(text, j + 1) && text[j + 2] === '.') j += 2;
  if (j > end) return j + 1;
  return isSpaceCode(text.charCodeAt(end + 1)) && isUpperChar(text, end + 2) ? end + 1 : end;
}
