import { ALIASES, isKnownWord } from '../topics/gazetteer-index.ts';
import { phraseKey, wordsOf } from '../topics/tokens.ts';

/** Words kept in lower case inside a place name put in display case (`Deir al-Balah`, `Cairo and Khartoum`). */
const LOWER_WORDS = new Set(['and', 'of', 'the', 'de', 'du', 'la', 'le', 'al', 'el', 'ad', 'an', 'ar', 'as', 'ash', 'at', 'az', 'bin', 'ibn', 'bint']);

const HAS_LOWER = /\p{Ll}/u;

function capitalize(word: string, first: boolean): string {
  const lower = word.toLowerCase();
  if (!first && LOWER_WORDS.has(lower)) return lower;
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}

/** `SANAA` -> `Sanaa`, `GAZA CITY` -> `Gaza City`, `DEIR AL-BALAH` -> `Deir al-Balah`; text with lower case as printed. */
export function displayCase(place: string): string {
  if (HAS_LOWER.test(place)) return place;
  let first = true;
  return place.replace(/[\p{L}’']+/gu, (word) => {
    const cased = capitalize(word, first);
    first = false;
    return cased;
  });
}

/**
 * The dateline's place: the first of its comma-separated parts (the country, state or date
 * dropped: `KHARTOUM, Sudan` -> `Khartoum`, `عمّان، الأردن` -> `عمّان`), in display case.
 */
export function datelinePlace(printed: string): string {
  const first = printed.split(/[,،]/u, 1)[0] ?? printed;
  return displayCase(first.trim());
}

/** First words of multi-word place names that a person's name does not start with. */
const PLACE_HEADS = new Set(['new', 'port', 'ras', 'sharm', 'deir', 'beit', 'khan', 'umm', 'tel', 'san', 'santa', 'los', 'las', 'st', 'st.', 'saint', 'addis', 'dar', 'hong', 'kuala', 'sidi', 'abu', 'mount', 'lake', 'cape', 'north', 'south', 'east', 'west', 'upper', 'lower', 'greater']);
/** Last words of place names (`Gaza City`, `Al-Hol Camp`, `Gaza Strip`). */
const PLACE_TAILS = new Set(['city', 'town', 'camp', 'bay', 'beach', 'island', 'islands', 'valley', 'heights', 'strip', 'bank', 'province', 'governorate', 'region', 'state', 'district', 'county', 'port', 'coast', 'desert', 'sea', 'gulf']);
/** A word of a person's name as printed in a byline: a capital, then lower case (`Roe`, `McDonald`, `Al-Sudani`). */
const NAME_WORD = /^\p{Lu}[\p{L}'’\-]*\p{Ll}[\p{L}'’\-]*$/u;

/** True when a word of `text`, or the whole of it, is a place or body the gazetteer knows (`Gaza` in `Gaza City`). */
export function namesKnownPlace(text: string): boolean {
  const words = wordsOf(text, isKnownWord);
  return ALIASES.has(phraseKey(words)) || words.some((word) => isKnownWord(word.key));
}

/**
 * True when `text` reads as a person's name rather than a place (`Jane Roe` beside `Gaza City`,
 * `Abu Dhabi`, `Beirut`): two to four capitalised words in mixed case, none a known place, no
 * place word at its ends. A single word is taken for a place.
 */
export function looksLikePersonName(text: string): boolean {
  const words = text.trim().split(/\s+/u);
  if (words.length < 2 || words.length > 4 || !words.every((word) => NAME_WORD.test(word))) return false;
  if (PLACE_HEADS.has(words[0]!.toLowerCase()) || PLACE_TAILS.has(words.at(-1)!.toLowerCase())) return false;
  return !namesKnownPlace(text);
}
