/**
 * Topic suggestions for news articles: the places, organisations and people an article
 * mentions most. A fast, dependency-free heuristic (capitalised phrases, a small
 * gazetteer, name merging) meant for bulk imports: well under a millisecond per article.
 */

import { ABBREVIATIONS } from '../../lib/sentences.ts';
import { AR_NISBA_ENDINGS, AR_PREFIXES } from './arabic-words.ts';
import {
  APOSTROPHES,
  CLOSERS,
  HYPHENS,
  SENTENCE_STARTS,
  characterClass,
  isHyphenCode,
  isJoinerCode,
  isSpaceCode,
  isUpperChar,
  isUpperOrDot,
  isWordChar,
} from './characters.ts';
import { GAZETTEER, type Entry } from './gazetteer.ts';
import {
  ARTICLE_PREFIX,
  LONGEST_NAME_PREFIX,
  NAME_PREFIXES,
  NEWS_AGENCIES,
  ORGANISATION_HEADS,
  PARTICLE_GAP,
  PARTICLES,
  PREFIXED_NAME,
  SOURCE_CUES,
  STOPWORDS,
  TITLE_CORE,
  TITLE_MODIFIERS,
  TITLE_OF_TAILS,
} from './words.ts';

/** What {@link suggestTopics} reads from an article. */
export interface TopicInput {
  title: string;
  paragraphs: string[];
  /** BCP 47 tag; only English (`en…`) and Arabic (`ar…`) get suggestions. */
  lang: string;
  /** Names never to suggest, such as the byline or the publication. */
  exclude?: string[];
}

/**
 * Up to `max` topics (display form: "Iraq", "United States", "Joe Biden", "ISIS"; Arabic
 * names for Arabic text), most mentioned first, ties in order of first appearance.
 */
export function suggestTopics(input: TopicInput, max = 5): string[] {
  const limit = Math.floor(max);
  if (!(limit > 0)) return [];
  const lang = input.lang.toLowerCase().split(/[-_]/)[0];
  if (lang === 'en') return rank(englishCandidates(input), exclusionKeys(input.exclude), limit, 'en');
  if (lang === 'ar') return rank(arabicCandidates(input), exclusionKeys(input.exclude), limit, 'ar');
  return [];
}

/** Points added to a topic that also appears in the headline. */
const TITLE_BONUS = 3;

/** Longest alias or name, in words, tried when matching the headline. */
const MAX_NGRAM = 6;

/** Dotted acronyms, initials before a capital, words (with inner apostrophes and hyphens), or phrase-breaking punctuation. */
const TOKEN_RE = new RegExp(
  `(?:\\p{Lu}\\.){2,}|\\p{Lu}\\.(?=\\s+\\p{Lu})|[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}]*(?:[${characterClass([...APOSTROPHES, ...HYPHENS])}][\\p{L}\\p{M}\\p{N}]+)*|[.!?:;,()[\\]{}"“”‘’«»—–]`,
  'gu',
);
/** Jumps to likely capitals: ASCII, Latin-1, Latin Extended, Greek and Cyrillic (checked after). */
const CAPITAL_SEARCH = /[A-Z\u00C0-\u00D6\u00D8-\u00DE\u0100-\u024F\u0370-\u03FF\u0400-\u042F]/g;
const LOWERCASE = /^\p{Ll}/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const ACRONYM = /^(?:\p{Lu}\.?){2,}$/u;
const HYPHEN = new RegExp(`[${characterClass(HYPHENS)}]`);

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

// ---------------------------------------------------------------------------
// English tokens

/** A word of running text with what the phrase builder needs to know about it. */
interface Word {
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
type Item = Word | null;

/** Running position counter shared by the title and the paragraphs. */
interface Cursor {
  pos: number;
}

function makeWord(text: string, initial: boolean, cursor: Cursor): Word {
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
function tokenize(text: string, cursor: Cursor): Item[] {
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
    pushWord(items, token, initial, cursor);
    initial = false;
    previous = token.toLowerCase();
  }
  return items;
}

/** Adds one token, dropping a possessive and splitting hyphenated compounds where needed. */
function pushWord(items: Item[], token: string, initial: boolean, cursor: Cursor): void {
  const possessive = token.length > 3 && (token.endsWith('’s') || token.endsWith("'s"));
  const text = possessive ? token.slice(0, -2) : token;
  if (HYPHEN.test(text)) pushCompound(items, text.split(HYPHEN), initial, cursor);
  else items.push(makeWord(text, initial, cursor));
  if (possessive) items.push(null);
}

/**
 * Hyphenated words: "al-Sudani" and "Secretary-General" stay whole, "Iraqi-American" becomes
 * two mentions, "Iran-backed" keeps "Iran", "pro-Iranian" keeps "Iranian".
 */
function pushCompound(items: Item[], parts: string[], initial: boolean, cursor: Cursor): void {
  const caps = parts.map((part) => isUpperChar(part, 0));
  const rest = caps.slice(1);
  if (NAME_PREFIXES.has(parts[0].toLowerCase()) && rest.every(Boolean)) {
    items.push(makeWord(parts.join('-'), initial, cursor));
  } else if (caps.every(Boolean)) {
    if (parts.every((part) => ALIASES.has(wordKey(part)))) {
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

/** The matching key of a single word, as {@link makeWord} computes it. */
function wordKey(text: string): string {
  return ACRONYM.test(text) ? text.replaceAll('.', '') : text.toLowerCase().replaceAll('’', "'");
}

/** Matching key of a word sequence. */
function phraseKey(words: readonly Word[]): string {
  return words.length === 1 ? words[0].key : words.map((word) => word.key).join(' ');
}

/**
 * Capitalised words of a paragraph (and the particles joining them), with breaks where a
 * phrase cannot go on. Lowercase text is skipped, not tokenised: this is the hot path.
 */
function scanParagraph(text: string, cursor: Cursor, midCap: Set<string>): Item[] {
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
    pushWord(items, text.slice(span.start, span.end), initial, cursor);
    for (let i = count; i < items.length; i++) noteMidCap(items[i], midCap);
    const word = items[count];
    if (word && followsSourceCue(text, span.start)) word.source = true;
    end = span.end;
  }
  items.push(null);
  return items;
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

/** What lies between two capitalised words. */
const GAP_SPACE = 0;
const GAP_ABBREVIATION = 1;
const GAP_SENTENCE = 2;
const GAP_OTHER = 3;

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

/** Start and end of a token in a text. */
interface Span {
  start: number;
  end: number;
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
function writtenInLowercase(text: string, word: string): boolean {
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
    if (!isWordChar(text, i - 1) && !isWordChar(text, i + word.length)) return true;
  }
  return false;
}

/** Words of a short text (an alias, an excluded name), without breaks. */
function wordsOf(text: string): Word[] {
  return tokenize(text, { pos: 0 }).filter((item): item is Word => item !== null);
}

// ---------------------------------------------------------------------------
// Gazetteer indexes

/** Entry → candidate id. */
const ENTRY_IDS = new Map(GAZETTEER.map((entry) => [entry, `\u0001${entry.name}`]));
/** English alias key → entry. */
const ALIASES = new Map<string, Entry>();
/** Keys of words that may be peeled off the front of a longer phrase (demonyms, "US", "UN"). */
const PEELABLE = new Set<string>();

for (const entry of GAZETTEER) {
  for (const alias of [entry.name, ...(entry.aliases ?? []), ...(entry.demonyms ?? [])]) {
    ALIASES.set(phraseKey(wordsOf(alias)), entry);
  }
  for (const demonym of entry.demonyms ?? []) PEELABLE.add(wordKey(demonym));
  for (const alias of entry.aliases ?? []) if (ACRONYM.test(alias)) PEELABLE.add(wordKey(alias));
}

// ---------------------------------------------------------------------------
// Candidates

/** One mention found in the text: its words and, if it is a known place or body, the entry. */
interface Mention {
  words: Word[];
  entry?: Entry;
}

/** A spelling of a candidate and how often it was used. */
interface Form {
  text: string;
  count: number;
  /** False for spellings merged in from another candidate ("Sudani"). */
  own: boolean;
}

/** A possible topic with its tally. */
interface Candidate {
  id: string;
  entry?: Entry;
  count: number;
  inTitle: boolean;
  first: number;
  forms: Map<string, Form>;
  /** Name words for merging short mentions into full names ("al-Sudani" → "sudani"). */
  core: string[];
  /** Mentions that name it as a source of the report ("told Asharq Al-Awsat"). */
  sourceMentions: number;
}

/** What the whole text shows about words, to judge capitals at sentence starts. */
interface Evidence {
  /** The paragraphs, searched for lowercase uses of a sentence's first word. */
  texts: readonly string[];
  /** Keys of words capitalised in mid-sentence somewhere. */
  midCap: Set<string>;
  /** The paragraphs as one text, joined when first searched. */
  text?: string;
  /** Memo of {@link writtenInLowercase} answers. */
  lowercase: Map<string, boolean>;
}

/** A name key without its Arabic article: "al-sudani" → "sudani". */
function nameCore(key: string): string {
  const dash = key.indexOf('-');
  return (dash === 2 || dash === 3) && ARTICLE_PREFIX.test(key) ? key.slice(dash + 1) : key;
}

function coreOf(words: readonly Word[]): string[] {
  return words.filter((word) => !PARTICLES.has(word.lower)).map((word) => nameCore(word.key));
}

/** Candidate id of a gazetteer entry; phrase candidates use their key, which never starts with \u0001. */
function entryId(entry: Entry): string {
  return ENTRY_IDS.get(entry) ?? '';
}

/** Adds a mention to the tally; `inTitle` mentions only earn the headline bonus. */
function addMention(candidates: Map<string, Candidate>, mention: Mention, inTitle: boolean): void {
  const { words, entry } = mention;
  const key = entry ? '' : phraseKey(words);
  const id = entry ? entryId(entry) : key;
  let candidate = candidates.get(id);
  if (!candidate) {
    candidate = { id, entry, count: 0, inTitle: false, first: words[0].pos, forms: new Map(), core: entry ? [] : coreOf(words), sourceMentions: 0 };
    candidates.set(id, candidate);
  }
  if (inTitle) markInTitle(candidate, words[0].pos);
  else candidate.count++;
  if (!inTitle && words[0].source) candidate.sourceMentions++;
  if (entry) return;
  const form = candidate.forms.get(key);
  if (!form) candidate.forms.set(key, { text: mention.words.map((word) => word.text).join(' '), count: inTitle ? 0 : 1, own: true });
  else if (!inTitle) form.count++;
}

/** English candidates from the paragraphs, with headline hits marked. */
function englishCandidates(input: TopicInput): Map<string, Candidate> {
  const titleCursor: Cursor = { pos: -1_000_000 };
  const title = tokenize(input.title, titleCursor);
  const cursor: Cursor = { pos: 0 };
  const evidence: Evidence = { texts: input.paragraphs, midCap: new Set(), lowercase: new Map() };
  const paragraphs = input.paragraphs.map((paragraph) => scanParagraph(paragraph, cursor, evidence.midCap));
  const candidates = new Map<string, Candidate>();
  for (const items of paragraphs) {
    for (const mention of mentionsIn(items, evidence)) addMention(candidates, mention, false);
  }
  mergeShortNames(candidates);
  dropStrays(candidates);
  markTitleHits(candidates, title, evidence);
  return candidates;
}

/** Records a word capitalised in mid-sentence: evidence that it is a name. */
function noteMidCap(word: Item, midCap: Set<string>): void {
  if (!word?.cap || word.initial) return;
  midCap.add(word.key);
  const core = nameCore(word.key);
  if (core !== word.key) midCap.add(core);
}

/** Mentions in a run of items: capitalised phrases, cleaned up and resolved. */
function mentionsIn(items: readonly Item[], evidence: Evidence): Mention[] {
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
function splitTitles(words: Word[]): Word[][] {
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

/** Counts "Sudani" and "Al-Sudani" toward the longest name ending in them ("Mohammed Shia Al-Sudani"). */
function mergeShortNames(candidates: Map<string, Candidate>): void {
  const byLast = new Map<string, Candidate[]>();
  for (const candidate of candidates.values()) {
    if (candidate.entry || candidate.core.length < 2) continue;
    const last = candidate.core.at(-1) ?? '';
    byLast.set(last, [...(byLast.get(last) ?? []), candidate]);
  }
  for (const short of [...candidates.values()]) {
    if (short.entry || short.core.length === 0) continue;
    const target = longestEndingIn(byLast.get(short.core.at(-1) ?? '') ?? [], short.core);
    if (!target) continue;
    target.count += short.count;
    target.sourceMentions += short.sourceMentions;
    target.first = Math.min(target.first, short.first);
    for (const [key, form] of short.forms) target.forms.set(key, { ...form, own: false });
    candidates.delete(short.id);
  }
}

function longestEndingIn(names: readonly Candidate[], core: readonly string[]): Candidate | undefined {
  let best: Candidate | undefined;
  for (const name of names) {
    if (name.core.length <= core.length || !endsWith(name.core, core)) continue;
    if (!best || isBetterTarget(name, best)) best = name;
  }
  return best;
}

function isBetterTarget(a: Candidate, b: Candidate): boolean {
  if (a.core.length !== b.core.length) return a.core.length > b.core.length;
  if (a.count !== b.count) return a.count > b.count;
  return a.first < b.first;
}

function endsWith(words: readonly string[], tail: readonly string[]): boolean {
  const offset = words.length - tail.length;
  return tail.every((word, i) => words[offset + i] === word);
}

/** Drops lone unknown words seen once ("Aide", "Higher"): mostly noise. */
function dropStrays(candidates: Map<string, Candidate>): void {
  for (const candidate of [...candidates.values()]) {
    if (!candidate.entry && candidate.core.length <= 1 && candidate.count <= 1) candidates.delete(candidate.id);
  }
}

/** A known spelling for headline matching: a gazetteer entry or a candidate from the text. */
type Known = Entry | Candidate;

/** Marks candidates (and gazetteer entries) named in the headline. */
function markTitleHits(candidates: Map<string, Candidate>, title: readonly Item[], evidence: Evidence): void {
  const index = titleIndex(candidates);
  let run: Word[] = [];
  for (const item of [...title, null]) {
    if (item) run.push(item);
    else {
      for (const [known, word] of ngramHits(run, index)) {
        if ('id' in known) markInTitle(known, word.pos);
        else addMention(candidates, { words: [word], entry: known }, true);
      }
      run = [];
    }
  }
  if (!isSentenceCase(title)) return;
  for (const mention of mentionsIn(title, evidence)) {
    const key = phraseKey(mention.words);
    if (!index.has(key) && !ALIASES.has(key)) addMention(candidates, mention, true);
  }
}

function markInTitle(candidate: Candidate, pos: number): void {
  candidate.inTitle = true;
  candidate.first = Math.min(candidate.first, pos);
}

/** Known spellings: gazetteer aliases, candidate spellings and the surnames of full names. */
function titleIndex(candidates: Map<string, Candidate>): Map<string, Known> {
  const index = new Map<string, Known>();
  for (const candidate of candidates.values()) {
    if (candidate.entry) continue;
    for (const key of candidate.forms.keys()) index.set(key, candidate);
  }
  for (const candidate of candidates.values()) {
    const last = candidate.core.at(-1);
    if (candidate.core.length > 1 && last && !index.has(last) && !ALIASES.has(last)) index.set(last, candidate);
  }
  return index;
}

/** Longest-first matches of known spellings in a run of headline words, with their first word. */
function ngramHits(run: readonly Word[], index: Map<string, Known>): [Known, Word][] {
  const hits: [Known, Word][] = [];
  let i = 0;
  while (i < run.length) {
    let length = Math.min(MAX_NGRAM, run.length - i);
    for (; length > 0; length--) {
      const words = run.slice(i, i + length);
      const key = phraseKey(words);
      const known = ALIASES.get(key) ?? index.get(key) ?? (length === 1 ? index.get(nameCore(key)) : undefined);
      if (!known) continue;
      hits.push([known, words[0]]);
      break;
    }
    i += Math.max(length, 1);
  }
  return hits;
}

/** True when the headline has ordinary lowercase words, so capitals mark names. */
function isSentenceCase(title: readonly Item[]): boolean {
  return title.some((word) => word !== null && LOWERCASE.test(word.text) && !word.particle && !STOPWORDS.has(word.lower));
}

// ---------------------------------------------------------------------------
// Arabic

/** Normalises Arabic spelling: no diacritics or tatweel, one alef, ة → ه, ى → ي. */
function normalizeArabic(text: string): string {
  return text
    .replace(/[\u064B-\u065F\u0670\u0640]/g, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replaceAll('ة', 'ه')
    .replaceAll('ى', 'ي');
}

function stripArticle(word: string): string {
  return word.startsWith('ال') && word.length > 3 ? word.slice(2) : word;
}

/** A multi-word Arabic name: the words after the first one. */
interface ArabicCompound {
  rest: string[];
  entry: Entry;
}

const AR_SINGLE = new Map<string, Entry>();
const AR_COMPOUND = new Map<string, ArabicCompound[]>();
const AR_NISBA = new Map<string, Entry>();
/** First letters of all the keys above, to skip most words without slicing them. */
const AR_FIRST_LETTERS = new Set<string>();
/** A run of Arabic letters (after normalisation). */
const ARABIC_WORD = /[\u0620-\u063F\u0641-\u064A\u066E-\u06D3]+/g;

for (const entry of GAZETTEER) {
  for (const form of entry.ar ?? []) {
    const [head, ...rest] = normalizeArabic(form).split(' ');
    const stem = stripArticle(head);
    if (rest.length === 0) AR_SINGLE.set(stem, entry);
    else AR_COMPOUND.set(stem, [...(AR_COMPOUND.get(stem) ?? []), { rest, entry }].sort((a, b) => b.rest.length - a.rest.length));
  }
  for (const stem of entry.arNisba ?? []) AR_NISBA.set(normalizeArabic(stem), entry);
}
for (const key of [...AR_SINGLE.keys(), ...AR_COMPOUND.keys(), ...AR_NISBA.keys()]) AR_FIRST_LETTERS.add(key[0]);

/** What one Arabic word may name: multi-word names it can start, and an entry on its own. */
interface ArabicWordInfo {
  compounds: readonly ArabicCompound[];
  entry: Entry | undefined;
}

const UNKNOWN_WORD: ArabicWordInfo = { compounds: [], entry: undefined };

/** Looks a word up with and without its clitics (least stripped first). */
function analyseArabicWord(word: string): ArabicWordInfo {
  let compounds: ArabicCompound[] | undefined;
  let entry: Entry | undefined;
  for (const prefix of AR_PREFIXES) {
    if (word.length - prefix.length < 2 || !word.startsWith(prefix) || !AR_FIRST_LETTERS.has(word[prefix.length])) continue;
    const stem = prefix ? word.slice(prefix.length) : word;
    compounds ??= AR_COMPOUND.get(stem);
    entry ??= AR_SINGLE.get(stem) ?? nisbaEntry(stem);
  }
  return compounds || entry ? { compounds: compounds ?? [], entry } : UNKNOWN_WORD;
}

function nisbaEntry(stem: string): Entry | undefined {
  for (const ending of AR_NISBA_ENDINGS) {
    if (stem.length - ending.length >= 2 && stem.endsWith(ending)) {
      const entry = AR_NISBA.get(stem.slice(0, -ending.length));
      if (entry) return entry;
    }
  }
  return undefined;
}

/** The gazetteer entry named at `words[i]` and how many words it takes; `memo` caches word lookups. */
function arabicMatch(words: readonly string[], i: number, memo: Map<string, ArabicWordInfo>): { entry: Entry; length: number } | undefined {
  let info = memo.get(words[i]);
  if (!info) {
    info = analyseArabicWord(words[i]);
    memo.set(words[i], info);
  }
  for (const compound of info.compounds) {
    if (compound.rest.every((word, j) => words[i + 1 + j] === word)) return { entry: compound.entry, length: compound.rest.length + 1 };
  }
  return info.entry ? { entry: info.entry, length: 1 } : undefined;
}

/** Gazetteer mentions in Arabic text; a name followed by its own adjective counts once. */
function arabicMentions(text: string, cursor: Cursor, memo: Map<string, ArabicWordInfo>): Mention[] {
  const words = normalizeArabic(text).match(ARABIC_WORD) ?? [];
  const mentions: Mention[] = [];
  let previous: Entry | undefined;
  let i = 0;
  while (i < words.length) {
    const match = arabicMatch(words, i, memo);
    const length = match?.length ?? 1;
    if (match && match.entry !== previous) mentions.push({ words: [arabicWord(words[i], cursor.pos)], entry: match.entry });
    previous = match?.entry;
    cursor.pos += length;
    i += length;
  }
  return mentions;
}

function arabicWord(text: string, pos: number): Word {
  return { text, key: text, lower: text, cap: false, acronym: false, particle: false, initial: false, source: false, pos };
}

function arabicCandidates(input: TopicInput): Map<string, Candidate> {
  const candidates = new Map<string, Candidate>();
  const memo = new Map<string, ArabicWordInfo>();
  const cursor: Cursor = { pos: 0 };
  for (const paragraph of input.paragraphs) {
    for (const mention of arabicMentions(paragraph, cursor, memo)) addMention(candidates, mention, false);
  }
  for (const mention of arabicMentions(input.title, { pos: -1_000_000 }, memo)) addMention(candidates, mention, true);
  return candidates;
}

// ---------------------------------------------------------------------------
// Ranking

/** Candidate ids (and spellings) that `exclude` rules out, in English or Arabic. */
function exclusionKeys(exclude: readonly string[] = []): Set<string> {
  const keys = new Set<string>();
  for (const name of exclude) {
    const key = phraseKey(wordsOf(name));
    keys.add(key);
    const entry = ALIASES.get(key) ?? arabicMatch(normalizeArabic(name).match(ARABIC_WORD) ?? [''], 0, new Map())?.entry;
    if (entry) keys.add(entryId(entry));
  }
  return keys;
}

function isExcluded(candidate: Candidate, excluded: Set<string>): boolean {
  if (excluded.has(candidate.id)) return true;
  for (const key of candidate.forms.keys()) if (excluded.has(key)) return true;
  return false;
}

/** A name the text gives only as the source of the report (a news outlet), and not in the headline. */
function isOnlySource(candidate: Candidate): boolean {
  return !candidate.inTitle && candidate.sourceMentions > 0 && candidate.sourceMentions === candidate.count;
}

function score(candidate: Candidate): number {
  return candidate.count + (candidate.inTitle ? TITLE_BONUS : 0);
}

/** The spelling to show: the gazetteer name, else the most used own spelling. */
function displayName(candidate: Candidate, lang: 'en' | 'ar'): string {
  if (candidate.entry) return lang === 'ar' ? (candidate.entry.ar?.[0] ?? candidate.entry.name) : candidate.entry.name;
  let best: Form | undefined;
  for (const form of candidate.forms.values()) if (form.own && (!best || form.count > best.count)) best = form;
  return best?.text ?? '';
}

function rank(candidates: Map<string, Candidate>, excluded: Set<string>, max: number, lang: 'en' | 'ar'): string[] {
  const ranked = [...candidates.values()]
    .filter((candidate) => !isExcluded(candidate, excluded) && !isOnlySource(candidate))
    .sort((a, b) => score(b) - score(a) || a.first - b.first);
  const names = new Set<string>();
  for (const candidate of ranked) {
    const name = displayName(candidate, lang);
    if (name) names.add(name);
    if (names.size >= max) break;
  }
  return [...names];
}
