/** Character tests for English running text, as char-code checks built from one list each. */

/** Hyphens inside words ("al-Sudani", "Iran‐backed"). */
export const HYPHENS: readonly string[] = ['-', '‐'];

/** Apostrophes inside words ("Kata’ib", "O'Brien"). */
export const APOSTROPHES: readonly string[] = ["'", '’', '‘'];

/** Punctuation after which a new sentence (or quotation) starts. */
export const SENTENCE_STARTS: ReadonlySet<string> = new Set(['.', '!', '?', ':', ';', '“', '‘', '«', '(', '[']);

/** Closing quotes and brackets, skipped when looking back for a sentence end. */
export const CLOSERS: ReadonlySet<string> = new Set(['”', '’', '"', "'", '»', ')', ']']);

/** The characters as the body of a regex character class (`[…]`), escaped where needed. */
export function characterClass(characters: readonly string[]): string {
  return characters.map((character) => (/[\\\]^-]/.test(character) ? `\\${character}` : character)).join('');
}

/** A lookup table by char code: 1 for the given characters. */
function codeTable(characters: readonly string[]): Uint8Array {
  const codes = characters.map((character) => character.charCodeAt(0));
  const table = new Uint8Array(Math.max(...codes) + 1);
  for (const code of codes) table[code] = 1;
  return table;
}

const HYPHEN_CODES = codeTable(HYPHENS);
const JOINER_CODES = codeTable([...APOSTROPHES, ...HYPHENS]);
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const CAPITALISED = /^\p{Lu}/u;

export function isHyphenCode(code: number): boolean {
  return code < HYPHEN_CODES.length && HYPHEN_CODES[code] === 1;
}

/** Apostrophes and hyphens inside words. */
export function isJoinerCode(code: number): boolean {
  return code < JOINER_CODES.length && JOINER_CODES[code] === 1;
}

/** Whether `text[i]` is a letter, mark or digit (false outside the text). */
export function isWordChar(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const code = text.charCodeAt(i);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  if (code >= 0x2000 && code <= 0x206f) return false; // general punctuation: quotes, dashes
  return WORD_CHAR.test(text[i]);
}

export function isUpperChar(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 128) return code >= 65 && code <= 90;
  return CAPITALISED.test(text[i]);
}

/** A quick pre-check for acronyms: an ASCII capital, a dot, or any non-ASCII character. */
export function isUpperOrDot(code: number): boolean {
  return (code >= 65 && code <= 90) || code === 46 || code > 127;
}

export function isSpaceCode(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 160 || code === 0x202f || (code >= 0x2000 && code <= 0x200a);
}
