import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Article, ArticleEntry } from '../src/data/archive.ts';
import { linkTranslations } from '../src/data/translations.ts';
import { editionOf } from '../src/i18n/index.ts';
import { buildSite } from './helpers/build-site.ts';
import { scratchDir } from './helpers/run-import.ts';

/** A collection entry and its published article, as much of them as linking translations reads. */
function article(id: string, lang: string, translationOf?: string): { entry: ArticleEntry; article: Article } {
  const entry = { id, filePath: `content/articles/${id}.md`, data: { lang, ...(translationOf ? { translationOf } : {}) } } as unknown as ArticleEntry;
  return { entry, article: { id, entry, data: entry.data, edition: editionOf(lang), translations: [] } as unknown as Article };
}

function link(...items: ReturnType<typeof article>[]): Map<string, string[]> {
  linkTranslations(
    items.map((item) => item.entry),
    items.map((item) => item.article),
  );
  return new Map(items.map((item) => [item.article.id, item.article.translations.map((other) => other.id)]));
}

describe('linkTranslations', () => {
  test('an article and its translation point at each other', () => {
    expect(link(article('talks', 'en'), article('talks-ar', 'ar', 'talks'), article('other', 'en'))).toEqual(
      new Map([
        ['talks', ['talks-ar']],
        ['talks-ar', ['talks']],
        ['other', []],
      ]),
    );
  });

  test('a regional tag counts as its edition: ar-SA translates into the Arabic edition', () => {
    expect(link(article('talks', 'en'), article('talks-sa', 'ar-SA', 'talks')).get('talks')).toEqual(['talks-sa']);
  });

  test.each([
    { name: 'a slug no article has', items: [article('talks-ar', 'ar', 'no-such-article')], message: 'content/articles/talks-ar.md: translationOf: no article has the slug "no-such-article"' },
    { name: 'the article itself', items: [article('talks', 'en', 'talks')], message: 'content/articles/talks.md: translationOf: names the article itself' },
    {
      name: 'an article in the same edition',
      items: [article('talks', 'en'), article('talks-gb', 'en-GB', 'talks')],
      message: 'content/articles/talks-gb.md: translationOf: "talks" is in the same edition (en)',
    },
    {
      name: 'a translation of a translation',
      items: [article('talks', 'en'), article('talks-ar', 'ar', 'talks'), article('talks-x', 'en', 'talks-ar')],
      message: 'content/articles/talks-x.md: translationOf: "talks-ar" is itself a translation (of "talks")',
    },
    {
      name: 'a second translation into the same edition',
      items: [article('talks', 'en'), article('talks-ar', 'ar', 'talks'), article('talks-ar2', 'ar', 'talks')],
      message: 'content/articles/talks-ar2.md: translationOf: "talks-ar" already translates "talks" into this edition',
    },
  ])('names the file and field of $name', ({ items, message }) => {
    expect(() => link(...items)).toThrow(message);
  });
});

test('a translationOf naming no article fails the build with the file and the field', () => {
  const dir = scratchDir('news-translations-');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'orphan.md'), '---\ntitle: ترجمة يتيمة\nslug: orphan\ndate: 2024-09-08\nlang: ar\ntranslationOf: missing-original\n---\n\nفقرة.\n');
  expect(() => buildSite(dir)).toThrow(/orphan\.md: translationOf: no article has the slug "missing-original"/);
});
