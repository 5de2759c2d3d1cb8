/** Resolves runs of capitalised English words into mentions: sentence starts judged, titles and generic words dropped, gazetteer names found. */

import type { Entry } from './gazetteer.ts';
import { ALIASES, PEELABLE } from './gazetteer-index.ts';
import { isWordChar } from './characters.ts';
import { nameCore, phraseKey, type Item, type Word } from './tokens.ts';
import type { Mention } from './candidates.ts';
import { NEWS_AGENCIES, ORGANISATION_HEADS, STOPWORDS, TITLE_CORE, TITLE_MODIFIERS, TITLE_OF_TAILS } from './words.ts';

/** What the whole text shows about words, to judge capitals at sentence starts. */
export interface Evidence {
  /** The paragraphs, searched for lowercase uses of a sentence's first word. */
  texts: readonly string[];
  /** Keys of words capitalised in mid-sentence somewhere. */
  midCap: Set<string>;
  /** The paragraphs as one text, joined when first searched. */
  text?: string;
  /** Memo of {@link writtenInLowercase} answers. */
  lowercase: Map<string, boolean>;
}

/** Mentions in a run of items: capitalised phrases, cleaned up and resolved. */
export function mentionsIn(items: readonly Item[], evidence: Evidence): Mention[] {
  const mentions: Mention[] = [];
  let phrase: Word[] = [];
  let particles: Word[] = [];
  const flush = (): void => {
    if (phrase.length > 0) phraseMentions(phrase, evidence, mentions);
    phrase = [];
    particles = [];
  };
  for (const item of items) {
    if (item?.cap) {
      if (particles.length > 0) phrase.push(...particles);
      phrase.push(item);
      particles = [];
    } else if (item?.particle && phrase.length > 0 && particles.length < 2) {
      particles.push(item);
    } else {
      flush();
    }
  }
  flush();
  return mentions;
}

/** Whether a sentence's first word also appears in lowercase ("Another"), memoised. */
function isCommonWord(word: Word, evidence: Evidence): boolean {
  let answer = evidence.lowercase.get(word.lower);
  if (answer === undefined) {
    evidence.text ??= evidence.texts.join('\n');
    answer = writtenInLowercase(evidence.text, word.text.toLowerCase());
    evidence.lowercase.set(word.lower, answer);
  }
  return answer;
}

/** Whether `word` (lowercase) is written somewhere in `text` as a whole word. */
export function writtenInLowercase(text: string, word: string): boolean {
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
    if (!isWordChar(text, i - 1) && !isWordChar(text, i + word.length)) return true;
  }
  return false;
}

function isStopword(word: Word): boolean {
  return word.cap && !word.acronym && STOPWORDS.has(word.lower);
}

/** Resolves one capitalised phrase into mentions. */
function phraseMentions(phrase: Word[], evidence: Evidence, out: Mention[]): void {
  if (phrase.length === 1) {
    wordMention(phrase, evidence, out);
    return;
  }
  let words = phrase;
  const first = words[0];
  if (first.initial && !first.acronym && !ALIASES.has(first.key)) {
    if (words.length === 1) {
      if (!evidence.midCap.has(first.key) && !evidence.midCap.has(nameCore(first.key))) return;
    } else if (isStopword(first) || isCommonWord(first, evidence) || isNounBeforeOf(words, evidence)) {
      words = words.slice(1);
    }
  }
  const segments = isOrganisationName(words) ? [words] : splitWhere(words, isStopword);
  for (const segment of segments) {
    const whole = trimParticles(segment);
    const entry = lookup(whole);
    if (entry) out.push({ words: whole, entry });
    else for (const part of splitTitles(whole)) peelMentions(trimParticles(part), out);
  }
}

/**
 * A phrase of three or more capitalised words ending in a generic noun is the name of a body,
 * kept whole; shorter ones ("Iraqi Government") are split there like other generic words.
 */
function isOrganisationName(words: readonly Word[]): boolean {
  const last = words.at(-1);
  return words.length >= 3 && last !== undefined && ORGANISATION_HEADS.has(last.lower) && !words.slice(0, -1).some(isStopword);
}

/**
 * "Residents of Gaza said …": a sentence's first word followed by "of", and never capitalised
 * inside a sentence, is a common noun rather than the start of a name ("Bank of England" is
 * a name when the text also writes it mid-sentence, or when the gazetteer knows it).
 */
function isNounBeforeOf(words: readonly Word[], evidence: Evidence): boolean {
  const [first, second] = words;
  return first !== undefined && second?.lower === 'of' && !evidence.midCap.has(first.key);
}

/** The common case of {@link phraseMentions}: a phrase of one word. */
function wordMention(phrase: Word[], evidence: Evidence, out: Mention[]): void {
  const word = phrase[0];
  const entry = ALIASES.get(word.key);
  if (entry) out.push({ words: phrase, entry });
  else if (word.initial && !word.acronym && !evidence.midCap.has(word.key) && !evidence.midCap.has(nameCore(word.key))) return;
  else if (!isStopword(word) && !TITLE_CORE.has(word.lower) && !NEWS_AGENCIES.has(word.key)) out.push({ words: phrase });
}

/** Splits a phrase at the words matching `test`, dropping them. */
function splitWhere(words: readonly Word[], test: (word: Word) => boolean): Word[][] {
  const parts: Word[][] = [];
  let current: Word[] = [];
  for (const word of words) {
    if (!test(word)) current.push(word);
    else if (current.length > 0) {
      parts.push(current);
      current = [];
    }
  }
  if (current.length > 0) parts.push(current);
  return parts;
}

function trimParticles(words: Word[]): Word[] {
  let start = 0;
  let end = words.length;
  while (start < end && words[start].particle) start++;
  while (end > start && words[end - 1].particle) end--;
  return start === 0 && end === words.length ? words : words.slice(start, end);
}

function lookup(words: readonly Word[]): Entry | undefined {
  return words.length > 0 ? ALIASES.get(phraseKey(words)) : undefined;
}

/** Removes titles: "US President Joe Biden" → ["US"], ["Joe", "Biden"]. */
export function splitTitles(words: Word[]): Word[][] {
  const parts: Word[][] = [];
  let current: Word[] = [];
  let i = 0;
  while (i < words.length) {
    const end = titleEnd(words, i);
    if (end === i) {
      current.push(words[i++]);
      continue;
    }
    if (current.length > 0) parts.push(current);
    current = [];
    i = end;
  }
  if (current.length > 0) parts.push(current);
  return parts;
}

/** End of the title starting at `start` ("Prime Minister", "Secretary of State"), or `start`. */
function titleEnd(words: readonly Word[], start: number): number {
  let end = start;
  let core = false;
  while (end < words.length) {
    const lower = words[end].lower;
    if (TITLE_CORE.has(lower)) core = true;
    else if (!TITLE_MODIFIERS.has(lower)) {
      if (lower !== 'of' || end === start || !TITLE_OF_TAILS.has(words[end + 1]?.lower ?? '')) break;
      end++;
    }
    end++;
  }
  return core ? end : start;
}

/** Emits leading demonyms separately ("Lebanese Hezbollah" → Lebanon, Hezbollah), then the rest. */
function peelMentions(words: Word[], out: Mention[]): void {
  let rest = words;
  while (rest.length > 1 && PEELABLE.has(rest[0].key)) {
    out.push({ words: [rest[0]], entry: ALIASES.get(rest[0].key) });
    rest = trimParticles(rest.slice(1));
  }
  if (rest.length === 0) return;
  const entry = lookup(rest);
  if (entry) out.push({ words: rest, entry });
  else if (!NEWS_AGENCIES.has(phraseKey(rest))) out.push({ words: rest });
}
