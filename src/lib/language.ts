const ARABIC_LETTER = /\p{Script=Arabic}/gu;
const LATIN_LETTER = /\p{Script=Latin}/gu;

/** BCP 47 tag of the text's language, from the script most of its letters are in. */
export function detectLanguage(text: string): 'ar' | 'en' {
  const sample = text.length > 4000 ? text.slice(0, 4000) : text;
  const arabic = sample.match(ARABIC_LETTER)?.length ?? 0;
  const latin = sample.match(LATIN_LETTER)?.length ?? 0;
  return arabic > latin ? 'ar' : 'en';
}

/** True when `lang` is Arabic (`ar`, `ar-SA`, …). */
export function isArabic(lang: string): boolean {
  return lang.toLowerCase().split('-')[0] === 'ar';
}

/** Writing direction of a language tag. */
export function textDirection(lang: string): 'rtl' | 'ltr' {
  return /^(?:ar|fa|he|ur|ps|yi|ckb|dv)(?:-|$)/i.test(lang) ? 'rtl' : 'ltr';
}

const languageNames = new Intl.DisplayNames(['en'], { type: 'language' });

/** English name of a language tag, for filters and labels: `ar` → Arabic. */
export function languageName(lang: string): string {
  try {
    return languageNames.of(lang) ?? lang;
  } catch {
    return lang;
  }
}
