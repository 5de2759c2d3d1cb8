/** The English side of the gazetteer as lookup tables: alias keys to entries, and the words peeled off longer phrases. */

import { GAZETTEER, type Entry } from './gazetteer.ts';
import { isAcronym, phraseKey, wordKey, wordsOf } from './tokens.ts';

/** Entry → candidate id. */
const ENTRY_IDS = new Map(GAZETTEER.map((entry) => [entry, `\u0001${entry.name}`]));

/** English alias key → entry. */
export const ALIASES = new Map<string, Entry>();

/** Keys of words that may be peeled off the front of a longer phrase (demonyms, "US", "UN"). */
export const PEELABLE = new Set<string>();

/** Whether a single word's key is a known alias: hyphenated compounds of them are split ("Iraqi-American"). */
export function isKnownWord(key: string): boolean {
  return ALIASES.has(key);
}

for (const entry of GAZETTEER) {
  for (const alias of [entry.name, ...(entry.aliases ?? []), ...(entry.demonyms ?? [])]) {
    ALIASES.set(phraseKey(wordsOf(alias, isKnownWord)), entry);
  }
  for (const demonym of entry.demonyms ?? []) PEELABLE.add(wordKey(demonym));
  for (const alias of entry.aliases ?? []) if (isAcronym(alias)) PEELABLE.add(wordKey(alias));
}

/** Candidate id of a gazetteer entry; phrase candidates use their key, which never starts with \u0001. */
export function entryId(entry: Entry): string {
  return ENTRY_IDS.get(entry) ?? '';
}
