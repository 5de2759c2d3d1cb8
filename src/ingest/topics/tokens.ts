/** Words of English text for the tagger: tokens, matching keys, possessives and hyphenated compounds. */

import { ABBREVIATIONS } from '../../lib/sentences.ts';
import { APOSTROPHES, HYPHENS, SENTENCE_STARTS, characterClass, isUpperChar, isUpperOrDot } from './characters.ts';
import { ARTICLE_PREFIX, NAME_PREFIXES, PARTICLES, PREFIXED_NAME } from './words.ts';

/** A word of running text with what the phrase builder needs to know about it. */
export interface Word {
  /** As written, without a possessive 's. */
  text: string;
  /** Matching key: acronyms without dots ("US"), other words lowercase with ' for ’. */
  key: string;
  lower: string;
  cap: boolean;
  acronym: boolean;
  particle: boolean;
  /** First word of a sentence, where capitals say nothing. */
  initial: boolean;
  /** Named as a source of the report: "told Reuters", "according to Asharq Al-Awsat". */
  source: boolean;
  /** Order of appearance in the article. */
  pos: number;
}

/** Words with `null` where a phrase must end (punctuation, possessives). */
export type Item = Word | null;

/** Running position counter shared by the title and the paragraphs. */
export interface Cursor {
  pos: number;
}

/** Whether a single word's key names a known place or body (hyphenated compounds of them are split). */
export type IsKnownWord = (key: string) => boolean;

/** Dotted acronyms, initials before a capital, words (with inner apostrophes and hyphens), or phrase-breaking punctuation. */
const TOKEN_RE = new RegExp(
  `(?:\\p{Lu}\\.){2,}|\\p{Lu}\\.(?=\\s+\\p{Lu})|[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}]*(?:[${characterClass([...APOSTROPHES, ...HYPHENS])}][\\p{L}\\p{M}\\p{N}]+)*|[.!?:;,()[\\]{}"“”‘’«»—–]`,
  'gu',
);
const HYPHEN = new RegExp(`[${characterClass(HYPHENS)}]`);
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const ACRONYM = /^(?:\p{Lu}\.?){2,}$/u;

/** Whether a word is an acronym ("US", "U.N.", "ISIS"). */
export function isAcronym(text: string): boolean {
  return ACRONYM.test(text);
}

/** A word as written; `initial` when it starts a sentence. */
export function makeWord(text: string, initial: boolean, cursor: Cursor): Word {
  let lower = text.toLowerCase();
  if (lower.includes('’')) lower = lower.replaceAll('’', "'");
  const acronym = text.length > 1 && isUpperOrDot(text.charCodeAt(1)) && ACRONYM.test(text);
  const cap = isUpperChar(text, 0) || PREFIXED_NAME.test(text);
  return {
    text,
    key: acronym ? text.replaceAll('.', '') : lower,
    lower,
    cap,
    acronym,
    particle: !cap && PARTICLES.has(lower),
    initial,
    source: false,
    pos: cursor.pos++,
  };
}

/** Splits a short text (headline, alias) into words and phrase breaks. */
export function tokenize(text: string, cursor: Cursor, isKnown: IsKnownWord): Item[] {
  const items: Item[] = [];
  let initial = true;
  let previous = '';
  for (const match of text.matchAll(TOKEN_RE)) {
    const token = match[0];
    if (token.length === 1 && !LETTER_OR_DIGIT.test(token)) {
      if (token === '.' && ABBREVIATIONS.has(previous)) continue;
      items.push(null);
      if (SENTENCE_STARTS.has(token)) initial = true;
      previous = '';
      continue;
    }
    pushWord(items, token, initial, cursor, isKnown);
    initial = false;
    previous = token.toLowerCase();
  }
  return items;
}

/** Words of a short text (an alias, an excluded name), without breaks. */
export function wordsOf(text: string, isKnown: IsKnownWord): Word[] {
  return tokenize(text, { pos: 0 }, isKnown).filter((item): item is Word => item !== null);
}

/** Adds one token, dropping a possessive and splitting hyphenated compounds where needed. */
export function pushWord(items: Item[], token: string, initial: boolean, cursor: Cursor, isKnown: IsKnownWord): void {
  const possessive = token.length > 3 && (token.endsWith('’s') || token.endsWith("'s"));
  const text = possessive ? token.slice(0, -2) : token;
  if (HYPHEN.test(text)) pushCompound(items, text.split(HYPHEN), initial, cursor, isKnown);
  else items.push(makeWord(text, initial, cursor));
  if (possessive) items.push(null);
}

/**
 * Hyphenated words: "al-Sudani" and "Secretary-General" stay whole, "Iraqi-American" becomes
 * two mentions, "Iran-backed" keeps "Iran", "pro-Iranian" keeps "Iranian".
 */
function pushCompound(items: Item[], parts: string[], initial: boolean, cursor: Cursor, isKnown: IsKnownWord): void {
  const caps = parts.map((part) => isUpperChar(part, 0));
  const rest = caps.slice(1);
  if (NAME_PREFIXES.has(parts[0].toLowerCase()) && rest.every(Boolean)) {
    items.push(makeWord(parts.join('-'), initial, cursor));
  } else if (caps.every(Boolean)) {
    if (parts.every((part) => isKnown(wordKey(part)))) {
      for (const [i, part] of parts.entries()) items.push(null, makeWord(part, initial && i === 0, cursor));
      items.push(null);
    } else {
      items.push(makeWord(parts.join('-'), initial, cursor));
    }
  } else if (caps[0]) {
    items.push(makeWord(parts.slice(0, caps.indexOf(false)).join('-'), initial, cursor), null);
  } else {
    const tail = caps.lastIndexOf(false) + 1;
    if (tail < parts.length) items.push(null, makeWord(parts.slice(tail).join('-'), false, cursor));
    else items.push(makeWord(parts.join('-'), initial, cursor));
  }
}

/** The matching key of a single word, as a {@link Word}'s `key`. */
export function wordKey(text: string): string {
  return ACRONYM.test(text) ? text.replaceAll('.', '') : text.toLowerCase().replaceAll('’', "'");
}

/** Matching key of a word sequence. */
export function phraseKey(words: readonly Word[]): string {
  return words.length === 1 ? words[0].key : words.map((word) => word.key).join(' ');
}

/** A name key without its Arabic article: "al-sudani" → "sudani". */
export function nameCore(key: string): string {
  const dash = key.indexOf('-');
  return (dash === 2 || dash === 3) && ARTICLE_PREFIX.test(key) ? key.slice(dash + 1) : key;
}

/** The name words of a phrase, for merging short mentions into full names ("Al-Sudani" → "sudani"). */
export function coreOf(words: readonly Word[]): string[] {
  return words.filter((word) => !PARTICLES.has(word.lower)).map((word) => nameCore(word.key));
}
