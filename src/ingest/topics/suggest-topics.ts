/** Topic suggestions for imported articles: the places, bodies and people an article mentions most, well under a millisecond each. */

import { arabicCandidates } from './arabic-candidates.ts';
import { englishCandidates } from './english-candidates.ts';
import { exclusionKeys, rank } from './rank.ts';

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
 * names for Arabic text), most mentioned first, ties in order of first appearance. A
 * dependency-free heuristic (capitalised phrases, a small gazetteer, name merging) for bulk imports.
 */
export function suggestTopics(input: TopicInput, max = 5): string[] {
  const limit = Math.floor(max);
  if (!(limit > 0)) return [];
  const lang = input.lang.toLowerCase().split(/[-_]/)[0];
  if (lang === 'en') return rank(englishCandidates(input.title, input.paragraphs), exclusionKeys(input.exclude), limit, 'en');
  if (lang === 'ar') return rank(arabicCandidates(input.title, input.paragraphs), exclusionKeys(input.exclude), limit, 'ar');
  return [];
}
