/**
 * Spelling-forgiving Arabic search. Each edition has a search index in its own language
 * (src/search-index/); Pagefind indexes Arabic with its Snowball Arabic stemmer, which
 * drops diacritics and tatweel and folds the alef forms, ة and ى as it indexes. The search
 * page folds the reader's query the same way before handing it to Pagefind, so what a
 * reader types never depends on the stemmer handling it (e2e/editions.spec.ts proves both).
 */

/** Letters folded to one form, as Arabic readers type them interchangeably. */
export const ARABIC_LETTER_FOLDS: Readonly<Record<string, string>> = {
  'أ': 'ا', // alef with hamza above
  'إ': 'ا', // alef with hamza below
  'آ': 'ا', // alef with madda
  'ٱ': 'ا', // alef wasla
  'ة': 'ه', // teh marbuta, often typed as heh
  'ى': 'ي', // alef maqsura, often typed as yeh
};

/**
 * Marks dropped: harakat, tanween, shadda and sukun (U+064B–U+065F), the superscript alef
 * (U+0670), Quranic annotation marks (U+06D6–U+06ED) and tatweel, the stretching stroke (U+0640).
 */
const DROPPED = /[\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/gu;
const FOLDED = new RegExp(`[${Object.keys(ARABIC_LETTER_FOLDS).join('')}]`, 'gu');

/** Arabic text in the one spelling the search index holds; other scripts are left as they are. */
export function foldArabic(text: string): string {
  return text.normalize('NFC').replace(DROPPED, '').replace(FOLDED, (letter) => ARABIC_LETTER_FOLDS[letter] ?? letter);
}

