import { describe, expect, test } from 'vitest';
import { onePagePerEdition } from '../src/i18n/index.ts';
import { editionAlternates, editionOf, editionPrefix, isPublishedOn } from '../src/lib/editions.ts';
import { primaryLanguage } from '../src/lib/language.ts';
import { DEFAULT_EDITION } from '../src/site.config.ts';

test('the default edition is the first configured one', () => {
  expect(DEFAULT_EDITION).toBe('en');
});

describe('primaryLanguage', () => {
  test.each([
    ['en', 'en'],
    ['en-GB', 'en'],
    ['AR-sa', 'ar'],
    ['zh-Hant-TW', 'zh'],
    ['', ''],
  ])('%s → %s', (lang, primary) => {
    expect(primaryLanguage(lang)).toBe(primary);
  });
});

describe('editionOf', () => {
  test.each([
    ['ar', 'ar'],
    ['ar-SA', 'ar'],
    ['en-GB', 'en'],
    ['fr', 'en'],
  ])('%s → %s', (lang, edition) => {
    expect(editionOf(lang)).toBe(edition);
  });
});

describe('editionPrefix', () => {
  test.each([
    ['en', ''],
    ['ar', 'ar/'],
  ])('%s → "%s"', (edition, prefix) => {
    expect(editionPrefix(edition)).toBe(prefix);
  });
});

describe('isPublishedOn', () => {
  test.each([
    { why: 'dated today', article: { draft: false, date: '2024-12-01' }, published: true },
    { why: 'dated before', article: { draft: false, date: '2024-11-30' }, published: true },
    { why: 'dated after', article: { draft: false, date: '2024-12-02' }, published: false },
    { why: 'undated', article: { draft: false }, published: true },
    { why: 'a draft', article: { draft: true, date: '2024-11-30' }, published: false },
  ])('$why', ({ article, published }) => {
    expect(isPublishedOn(article, '2024-12-01')).toBe(published);
  });
});

describe('editionAlternates', () => {
  test('the same page in every configured edition, by edition', () => {
    expect(editionAlternates((edition) => `/${editionPrefix(edition)}topics/`)).toEqual({ en: '/topics/', ar: '/ar/topics/' });
  });
});

test('onePagePerEdition: the default edition at the root, the others under their language', () => {
  expect(onePagePerEdition()).toEqual([
    { params: { edition: undefined }, props: { edition: 'en' } },
    { params: { edition: 'ar' }, props: { edition: 'ar' } },
  ]);
});
