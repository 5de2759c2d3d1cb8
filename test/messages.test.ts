import { describe, expect, test } from 'vitest';
import { fillTemplate, formatNumber, pluralCategory, pluralMessage } from '../src/lib/messages.ts';
import { ar } from '../src/i18n/ar.ts';
import { en } from '../src/i18n/en.ts';

describe('fillTemplate', () => {
  test.each<{ template: string; values: Record<string, string | number>; filled: string }>([
    { template: '{site}: latest news', values: { site: 'The Archive' }, filled: 'The Archive: latest news' },
    { template: '{title} (page {page} of {last})', values: { title: 'Iraq', page: 2, last: 5 }, filled: 'Iraq (page 2 of 5)' },
    { template: 'no placeholder', values: {}, filled: 'no placeholder' },
    { template: '{a}{a}', values: { a: 'x' }, filled: 'xx' },
    { template: 'braces { alone }', values: {}, filled: 'braces { alone }' },
  ])('$template', ({ template, values, filled }) => {
    expect(fillTemplate(template, values)).toBe(filled);
  });

  test('a placeholder without a value is an error naming it', () => {
    expect(() => fillTemplate('{site}: {missing}', { site: 'x' })).toThrow(/\{missing\}/);
  });
});

describe('formatNumber', () => {
  test.each([
    { n: 7, numbering: 'latn', text: '7' },
    { n: 1000, numbering: 'latn', text: '1000' },
    { n: 7, numbering: 'arab', text: '٧' },
    { n: 2024, numbering: 'arab', text: '٢٠٢٤' },
  ] as const)('$n in $numbering', ({ n, numbering, text }) => {
    expect(formatNumber(n, numbering)).toBe(text);
  });
});

describe('Arabic plural forms (Intl.PluralRules)', () => {
  test.each([
    { count: 0, category: 'zero', text: 'أقل من دقيقة قراءة' },
    { count: 1, category: 'one', text: 'دقيقة واحدة للقراءة' },
    { count: 2, category: 'two', text: 'دقيقتان للقراءة' },
    { count: 3, category: 'few', text: '3 دقائق للقراءة' },
    { count: 10, category: 'few', text: '10 دقائق للقراءة' },
    { count: 11, category: 'many', text: '11 دقيقة للقراءة' },
    { count: 99, category: 'many', text: '99 دقيقة للقراءة' },
    { count: 100, category: 'other', text: '100 دقيقة للقراءة' },
    { count: 102, category: 'other', text: '102 دقيقة للقراءة' },
  ])('$count minutes: $category', ({ count, category, text }) => {
    expect(pluralCategory(count, 'ar')).toBe(category);
    expect(pluralMessage(ar.readingTime, count, 'ar')).toBe(text);
  });

  test('Arabic-Indic digits', () => {
    expect(pluralMessage(ar.readingTime, 5, 'ar', {}, 'arab')).toBe('٥ دقائق للقراءة');
  });

  test.each([
    { count: 1, text: '1 article filed under Iraq.' },
    { count: 0, text: '0 articles filed under Iraq.' },
    { count: 12, text: '12 articles filed under Iraq.' },
  ])('English: $count → $text', ({ count, text }) => {
    expect(pluralMessage(en.taxonomyDescription, count, 'en', { name: 'Iraq' })).toBe(text);
  });

  test('a category a table lacks falls back to other', () => {
    expect(pluralMessage({ other: '{count} x' }, 2, 'ar')).toBe('2 x');
  });
});
