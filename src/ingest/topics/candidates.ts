/** The tally of possible topics, English or Arabic: mentions counted per name, with spellings and headline hits. */

import type { Entry } from './gazetteer.ts';
import { entryId } from './gazetteer-index.ts';
import { coreOf, phraseKey, type Word } from './tokens.ts';

/** One mention found in the text: its words and, if it is a known place or body, the entry. */
export interface Mention {
  words: Word[];
  entry?: Entry;
}

/** A spelling of a candidate and how often it was used. */
export interface Form {
  text: string;
  count: number;
  /** False for spellings merged in from another candidate ("Sudani"). */
  own: boolean;
}

/** A possible topic with its tally. */
export interface Candidate {
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

/** Candidates by id: a gazetteer entry's id, or a phrase's matching key. */
export type Candidates = Map<string, Candidate>;

/** Adds a mention to the tally; `inTitle` mentions only earn the headline bonus. */
export function addMention(candidates: Candidates, mention: Mention, inTitle: boolean): void {
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

export function markInTitle(candidate: Candidate, pos: number): void {
  candidate.inTitle = true;
  candidate.first = Math.min(candidate.first, pos);
}
