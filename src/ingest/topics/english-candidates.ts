/** English topic candidates: mentions tallied over the paragraphs, short names merged into full ones, headline hits marked. */

import type { Entry } from './gazetteer.ts';
import { ALIASES, isKnownWord } from './gazetteer-index.ts';
import { addMention, markInTitle, type Candidate, type Candidates } from './candidates.ts';
import { mentionsIn, type Evidence } from './english-mentions.ts';
import { scanParagraph } from './scan-paragraph.ts';
import { nameCore, phraseKey, tokenize, type Cursor, type Item, type Word } from './tokens.ts';
import { STOPWORDS } from './words.ts';

/** Longest alias or name, in words, tried when matching the headline. */
const MAX_NGRAM = 6;

const LOWERCASE = /^\p{Ll}/u;

/** English candidates from the paragraphs, with headline hits marked. */
export function englishCandidates(title: string, paragraphs: readonly string[]): Candidates {
  const titleItems = tokenize(title, { pos: -1_000_000 }, isKnownWord);
  const cursor: Cursor = { pos: 0 };
  const evidence: Evidence = { texts: paragraphs, midCap: new Set(), lowercase: new Map() };
  const scanned = paragraphs.map((paragraph) => scanParagraph(paragraph, cursor, evidence.midCap, isKnownWord));
  const candidates: Candidates = new Map();
  for (const items of scanned) {
    for (const mention of mentionsIn(items, evidence)) addMention(candidates, mention, false);
  }
  mergeShortNames(candidates);
  dropStrays(candidates);
  markTitleHits(candidates, titleItems, evidence);
  return candidates;
}

/** Counts "Sudani" and "Al-Sudani" toward the longest name ending in them ("Mohammed Shia Al-Sudani"). */
function mergeShortNames(candidates: Candidates): void {
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
function dropStrays(candidates: Candidates): void {
  for (const candidate of [...candidates.values()]) {
    if (!candidate.entry && candidate.core.length <= 1 && candidate.count <= 1) candidates.delete(candidate.id);
  }
}

/** A known spelling for headline matching: a gazetteer entry or a candidate from the text. */
type Known = Entry | Candidate;

/** Marks candidates (and gazetteer entries) named in the headline. */
function markTitleHits(candidates: Candidates, title: readonly Item[], evidence: Evidence): void {
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

/** Known spellings: gazetteer aliases, candidate spellings and the surnames of full names. */
function titleIndex(candidates: Candidates): Map<string, Known> {
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
