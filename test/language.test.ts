import { describe, expect, test } from 'vitest';
import { detectLanguage, isArabic, languageName, textDirection } from '../src/lib/language.ts';

describe('detectLanguage', () => {
  test.each([
    ['an English headline and paragraph', 'Iraq election results delayed\nOfficials said on Monday the count would take a week.', 'en'],
    ['Arabic text', 'رئيس الوزراء العراقي يزور طهران\nقال مسؤولون إن الزيارة تستمر يومين.', 'ar'],
    ['Arabic text quoting Latin names and numbers', 'قال بايدن في مقابلة مع CNN إن 2024 عام حاسم للعراق والمنطقة', 'ar'],
    ['English with accented names', 'Élysée Palace: Macron meets Zelenskyy in Paris', 'en'],
    ['English quoting a short Arabic phrase', 'The crowd chanted “الله أكبر” as the convoy passed through the old city of Mosul.', 'en'],
    ['no letters at all', '2024 — 12:30', 'en'],
  ])('%s', (_name, text, lang) => {
    expect(detectLanguage(text)).toBe(lang);
  });

  test('reads only the start of a long text', () => {
    expect(detectLanguage(`${'Baghdad news today. '.repeat(200)}${'بغداد '.repeat(2000)}`)).toBe('en');
  });
});

test('language tags', () => {
  expect(isArabic('ar-SA')).toBe(true);
  expect(isArabic('en')).toBe(false);
  expect(textDirection('ar')).toBe('rtl');
  expect(textDirection('en-GB')).toBe('ltr');
});

describe('languageName', () => {
  test.each([
    ['ar', undefined, 'Arabic'],
    ['ar', 'en', 'Arabic'],
    ['en', 'ar', 'الإنجليزية'],
    ['ar', 'ar', 'العربية'],
    ['en-GB', 'en', 'British English'],
    ['not a tag!', 'en', 'not a tag!'],
  ])('%s in %s → %s', (lang, display, name) => {
    expect(languageName(lang, display)).toBe(name);
  });
});
