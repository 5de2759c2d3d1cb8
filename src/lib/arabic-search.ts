/**
 * Spelling-forgiving Arabic search. Pagefind has no Arabic stemmer and matches words as
 * written, so the site folds Arabic text to one spelling on both sides: a normalized copy
 * of each Arabic article is indexed, and the search page folds the reader's query the same
 * way before handing it to Pagefind. Pure, and imported by both the pages and the search
 * script, so the two foldings can never drift apart.
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

/**
 * What the search index holds besides the page's own text: the title and body folded, when
 * folding changes them (Arabic text); undefined for text folding leaves alone (English).
 * `bodyText` is the body's plain text.
 */
export function foldedSearchText(title: string, bodyText: string): string | undefined {
  const text = `${title}\n${bodyText}`;
  const folded = foldArabic(text);
  return folded === text ? undefined : folded;
}
