import { primaryLanguage } from './language.ts';

/** Words a minute an adult reads news text at (Arabic script reads slower per word). */
const WORDS_PER_MINUTE: Record<string, number> = { en: 230, ar: 180 };

/** Minutes it takes to read a text, at least 1. */
export function readingMinutes(text: string, lang: string): number {
  const words = text.split(/\s+/u).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
  const rate = WORDS_PER_MINUTE[primaryLanguage(lang)] ?? WORDS_PER_MINUTE.en ?? 230;
  return Math.max(1, Math.round(words / rate));
}
