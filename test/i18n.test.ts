import { describe, expect, test } from 'vitest';
import { dictionaries, editionOf, translator } from '../src/i18n/index.ts';
import { en } from '../src/i18n/en.ts';

/** Every string of a dictionary, plural forms included, with its key. */
const strings = (dictionary: object) =>
  Object.entries(dictionary).flatMap(([key, value]) =>
    typeof value === 'string' ? [[key, value] as const] : Object.entries(value as object).map(([form, text]) => [`${key}.${form}`, String(text)] as const),
  );

describe('dictionaries', () => {
  test('every edition has every key of the English dictionary, and no other', () => {
    for (const dictionary of Object.values(dictionaries)) {
      expect(Object.keys(dictionary).sort()).toEqual(Object.keys(en).sort());
    }
  });

  test('the Arabic dictionary has no Latin letter: no English word reaches an Arabic page', () => {
    expect(strings(dictionaries.ar).filter(([, text]) => /[A-Za-z]/.test(text.replace(/\{\w+\}/g, '')))).toEqual([]);
  });

  test('the Arabic plural tables have all six forms', () => {
    for (const key of ['readingTime', 'taxonomyDescription'] as const) {
      expect(Object.keys(dictionaries.ar[key]).sort()).toEqual(['few', 'many', 'one', 'other', 'two', 'zero']);
    }
  });
});

describe('editionOf', () => {
  test.each([
    { lang: 'en', edition: 'en' },
    { lang: 'ar', edition: 'ar' },
    { lang: 'ar-SA', edition: 'ar' },
    { lang: 'AR', edition: 'ar' },
    { lang: 'en-GB', edition: 'en' },
    { lang: 'fr', edition: 'en' },
  ])('$lang → $edition', ({ lang, edition }) => {
    expect(editionOf(lang)).toBe(edition);
  });
});

describe('translator', () => {
  test.each([
    { edition: 'en', minutes: 1, text: '1 min read' },
    { edition: 'en', minutes: 4, text: '4 min read' },
    { edition: 'ar', minutes: 1, text: 'دقيقة واحدة للقراءة' },
    { edition: 'ar', minutes: 2, text: 'دقيقتان للقراءة' },
    { edition: 'ar', minutes: 7, text: '7 دقائق للقراءة' },
    { edition: 'ar', minutes: 15, text: '15 دقيقة للقراءة' },
  ] as const)('$edition reading time for $minutes', ({ edition, minutes, text }) => {
    expect(translator(edition).readingTime(minutes)).toBe(text);
  });

  test('messages are filled in', () => {
    expect(translator('en').t('homeHeading', { site: 'The Archive' })).toBe('The Archive: latest news');
    expect(translator('ar').t('listingPageTitle', { title: 'موضوع: العراق', page: '2', last: '3' })).toBe('موضوع: العراق (الصفحة 2 من 3)');
  });

  test('the Arabic edition prints the date as the publication does, with the Hijri date', () => {
    const t = translator('ar');
    expect(t.date(new Date('2024-09-07'))).toBe('7 سبتمبر 2024');
    expect(t.hijri(new Date('2024-09-07'))).toBe('4 ربيع الأول 1446 هـ');
    expect(translator('en').hijri(new Date('2024-09-07'))).toBeUndefined();
  });
});
