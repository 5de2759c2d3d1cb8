import { describe, expect, test } from 'vitest';
import { editionsPlan, type ArticleHead } from '../src/lib/sitemap-editions.ts';

const head = (slug: string, lang: string, extra: Partial<ArticleHead> = {}): ArticleHead => ({ slug, lang, date: '2024-09-08', draft: false, ...extra });
const TODAY = '2024-12-01';

describe('editionsPlan', () => {
  const plan = editionsPlan(
    [
      head('talks', 'en'),
      head('talks-ar', 'ar', { translationOf: 'talks' }),
      head('museum', 'ar'),
      head('museum-sa', 'ar-SA'),
      head('draft-ar', 'ar', { draft: true, translationOf: 'museum' }),
      head('future-en', 'en', { date: '2025-01-01' }),
      head('future-ar', 'ar', { date: '2025-01-01', translationOf: 'future-en' }),
      head('fr-story', 'fr'),
    ],
    TODAY,
  );

  test.each([
    { path: '', alternates: { en: '', ar: 'ar/' } },
    { path: 'ar/', alternates: { en: '', ar: 'ar/' } },
    { path: 'topics/', alternates: { en: 'topics/', ar: 'ar/topics/' } },
    { path: 'ar/search/', alternates: { en: 'search/', ar: 'ar/search/' } },
    { path: 'articles/talks/', alternates: { en: 'articles/talks/', ar: 'ar/articles/talks-ar/' } },
    { path: 'ar/articles/talks-ar/', alternates: { en: 'articles/talks/', ar: 'ar/articles/talks-ar/' } },
  ])('$path has its alternates', ({ path, alternates }) => {
    expect(plan.alternates.get(path)).toEqual(alternates);
  });

  test.each([
    { path: 'ar/articles/museum/', why: 'no translation' },
    { path: 'articles/fr-story/', why: 'a language without an edition lives in the first one, alone' },
    { path: 'ar/articles/future-ar/', why: 'its original is not published yet' },
    { path: 'ar/articles/draft-ar/', why: 'a draft' },
  ])('$path has none: $why', ({ path }) => {
    expect(plan.alternates.has(path)).toBe(false);
  });

  test('old addresses of other editions\' articles and their 404 pages are left out; the first edition\'s pages stay', () => {
    expect([...plan.excluded].sort()).toEqual(['ar/404/', 'articles/museum-sa/', 'articles/museum/', 'articles/talks-ar/'].sort());
  });
});
