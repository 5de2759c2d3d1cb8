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
