/** Arabic topic candidates: gazetteer names found in normalised Arabic text, with clitics and adjective endings stripped. */

import { foldArabic } from '../../lib/arabic-search.ts';
import { AR_NISBA_ENDINGS, AR_PREFIXES } from './arabic-words.ts';
import { addMention, type Candidates, type Mention } from './candidates.ts';
import { GAZETTEER, type Entry } from './gazetteer.ts';
import type { Cursor, Word } from './tokens.ts';

/** A run of Arabic letters (after folding: the spelling the search index holds, src/lib/arabic-search.ts). */
const ARABIC_WORD = /[\u0620-\u063F\u0641-\u064A\u066E-\u06D3]+/g;

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

for (const entry of GAZETTEER) {
  for (const form of entry.ar ?? []) {
    const [head, ...rest] = foldArabic(form).split(' ');
    const stem = stripArticle(head);
    if (rest.length === 0) AR_SINGLE.set(stem, entry);
    else AR_COMPOUND.set(stem, [...(AR_COMPOUND.get(stem) ?? []), { rest, entry }].sort((a, b) => b.rest.length - a.rest.length));
  }
  for (const stem of entry.arNisba ?? []) AR_NISBA.set(foldArabic(stem), entry);
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

/** The gazetteer entry an Arabic name starts with ("العراق", "والعراق", "الولايات المتحدة"), if any. */
export function arabicEntry(name: string): Entry | undefined {
  return arabicMatch(foldArabic(name).match(ARABIC_WORD) ?? [''], 0, new Map())?.entry;
}

/** Gazetteer mentions in Arabic text; a name followed by its own adjective counts once. */
function arabicMentions(text: string, cursor: Cursor, memo: Map<string, ArabicWordInfo>): Mention[] {
  const words = foldArabic(text).match(ARABIC_WORD) ?? [];
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

/** Arabic candidates from the paragraphs, then the headline's. */
export function arabicCandidates(title: string, paragraphs: readonly string[]): Candidates {
  const candidates: Candidates = new Map();
  const memo = new Map<string, ArabicWordInfo>();
  const cursor: Cursor = { pos: 0 };
  for (const paragraph of paragraphs) {
    for (const mention of arabicMentions(paragraph, cursor, memo)) addMention(candidates, mention, false);
  }
  for (const mention of arabicMentions(title, { pos: -1_000_000 }, memo)) addMention(candidates, mention, true);
  return candidates;
}
