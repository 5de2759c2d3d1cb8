const ARABIC_LETTER = /\p{Script=Arabic}/u;
const LATIN_LETTER = /\p{Script=Latin}/u;

/** Characters read to decide a text's language: a headline and a few paragraphs. */
const SAMPLE_LENGTH = 4000;

/** BCP 47 tag of the text's language, from the script most of its letters are in. */
export function detectLanguage(text: string): 'ar' | 'en' {
  let arabic = 0;
  let latin = 0;
  const end = Math.min(text.length, SAMPLE_LENGTH);
  for (let i = 0; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code < 128) {
      if ((code | 32) >= 97 && (code | 32) <= 122) latin++;
    } else if (code >= 0xd800 && code <= 0xdfff) {
      // surrogate halves: neither script's letters live outside the BMP in news text
    } else if (ARABIC_LETTER.test(text[i] ?? '')) arabic++;
    else if (LATIN_LETTER.test(text[i] ?? '')) latin++;
  }
  return arabic > latin ? 'ar' : 'en';
}

/** The primary language subtag of a language tag, lowercase: `en-GB` → `en`. */
export function primaryLanguage(lang: string): string {
  return lang.toLowerCase().split('-')[0] ?? '';
}

/** True when `lang` is Arabic (`ar`, `ar-SA`, …). */
export function isArabic(lang: string): boolean {
  return primaryLanguage(lang) === 'ar';
}

/** Writing direction of a language tag. */
export function textDirection(lang: string): 'rtl' | 'ltr' {
  return /^(?:ar|fa|he|ur|ps|yi|ckb|dv)(?:-|$)/i.test(lang) ? 'rtl' : 'ltr';
}

/** One Intl.DisplayNames per display language: making one costs more than naming a language with it. */
const languageNames = new Map<string, Intl.DisplayNames>();

/**
 * Name of a language tag in the display language, for filters and labels: `ar` → Arabic
 * (`en`), العربية (`ar`); the tag itself when it has no name or is not a language tag.
 */
export function languageName(lang: string, displayLanguage = 'en'): string {
  try {
    let names = languageNames.get(displayLanguage);
    if (!names) {
      names = new Intl.DisplayNames([displayLanguage], { type: 'language' });
      languageNames.set(displayLanguage, names);
    }
    return names.of(lang) ?? lang;
  } catch {
    return lang;
  }
}
