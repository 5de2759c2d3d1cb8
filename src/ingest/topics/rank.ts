/** Ranks topic candidates: excluded names and report sources dropped, most mentioned first, the display spelling chosen. */

import { arabicEntry } from './arabic-candidates.ts';
import type { Candidate, Candidates, Form } from './candidates.ts';
import { ALIASES, entryId, isKnownWord } from './gazetteer-index.ts';
import { phraseKey, wordsOf } from './tokens.ts';

/** Points added to a topic that also appears in the headline. */
const TITLE_BONUS = 3;

/** Candidate ids (and spellings) that `exclude` rules out, in English or Arabic. */
export function exclusionKeys(exclude: readonly string[] = []): Set<string> {
  const keys = new Set<string>();
  for (const name of exclude) {
    const key = phraseKey(wordsOf(name, isKnownWord));
    keys.add(key);
    const entry = ALIASES.get(key) ?? arabicEntry(name);
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

/** Up to `max` display names, highest score first, ties in order of first appearance. */
export function rank(candidates: Candidates, excluded: Set<string>, max: number, lang: 'en' | 'ar'): string[] {
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
