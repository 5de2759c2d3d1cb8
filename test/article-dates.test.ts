import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { articleHead, articleLastModified, readArticleHeads } from '../src/data/article-dates.ts';

const file = (frontMatter: string, body = 'A paragraph.\n') => `---\n${frontMatter}\n---\n\n${body}`;
/** Nine 1,000-character captions: a front matter well past 8 KB before `lang`. */
const longCaptions = Array.from({ length: 9 }, (_, i) => `  - src: ./p${i}.jpg\n    alt: "${'caption words '.repeat(72)}"`).join('\n');

describe('articleHead reads the front matter as Astro does', () => {
  test.each([
    { why: 'plain fields', front: 'slug: talks\nlang: ar\ndate: 2024-09-08', expected: { slug: 'talks', lang: 'ar', date: '2024-09-08', lastModified: '2024-09-08', draft: false } },
    { why: 'a front matter over 8 KB keeps its lang', front: `slug: long\ndate: 2024-09-08\nimages:\n${longCaptions}\nlang: ar`, expected: { slug: 'long', lang: 'ar', draft: false } },
    { why: 'quoted lang', front: 'slug: q\nlang: "ar-SA"', expected: { lang: 'ar-SA' } },
    { why: 'single-quoted lang', front: "slug: q\nlang: 'ar'", expected: { lang: 'ar' } },
    { why: 'no lang: the schema default', front: 'slug: q', expected: { lang: 'en' } },
    { why: 'draft: true', front: 'slug: d\ndraft: true', expected: { draft: true } },
    { why: 'draft: True (a YAML boolean)', front: 'slug: d\ndraft: True', expected: { draft: true } },
    { why: 'draft: TRUE', front: 'slug: d\ndraft: TRUE', expected: { draft: true } },
    { why: 'draft: yes is a string in YAML 1.2, not a boolean (the schema rejects it)', front: 'slug: d\ndraft: yes', expected: { draft: false } },
    { why: 'draft: "true" quoted is a string (the schema rejects it)', front: 'slug: d\ndraft: "true"', expected: { draft: false } },
    { why: 'updated wins for last-modified', front: 'slug: u\ndate: 2024-09-08\nupdated: 2024-10-01', expected: { date: '2024-09-08', lastModified: '2024-10-01' } },
    { why: 'quoted date', front: 'slug: u\ndate: "2024-09-08"', expected: { date: '2024-09-08' } },
    { why: 'translationOf', front: 'slug: t-ar\nlang: ar\ntranslationOf: t', expected: { translationOf: 't' } },
    { why: 'a `draft: true` line inside a block scalar is text', front: 'slug: b\nsummary: |\n  draft: true', expected: { draft: false } },
  ])('$why', ({ front, expected }) => {
    expect(articleHead('x.md', file(front))).toMatchObject(expected);
  });

  test('no slug field: the file name', () => {
    expect(articleHead('2024/museum-visit.md', file('lang: en')).slug).toBe('museum-visit');
  });

  test('a front matter that is not YAML fails naming the file', () => {
    expect(() => articleHead('broken.md', file('slug: [unclosed'))).toThrow(/^broken\.md: the front matter is not valid YAML/u);
  });
});

describe('readArticleHeads', () => {
  const dir = mkdtempSync(join(tmpdir(), 'article-heads-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('reads every .md file in the folder and below', () => {
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'a.md'), file('slug: a\nlang: en'));
    writeFileSync(join(dir, 'sub', 'b.md'), file('slug: b\nlang: ar\ndraft: True'));
    writeFileSync(join(dir, 'notes.txt'), 'not an article');
    const heads = readArticleHeads(dir).sort((x, y) => x.slug.localeCompare(y.slug));
    expect(heads.map(({ slug, lang, draft }) => ({ slug, lang, draft }))).toEqual([
      { slug: 'a', lang: 'en', draft: false },
      { slug: 'b', lang: 'ar', draft: true },
    ]);
  });

  test('a missing folder has no articles', () => {
    expect(readArticleHeads(join(dir, 'missing'))).toEqual([]);
  });

  test('with a cache, a file is parsed again only when its text or the reading code changed', () => {
    const articles = join(dir, 'cached');
    mkdirSync(articles);
    const cache = { file: join(dir, 'cache', 'heads.json'), version: 'v1' };
    writeFileSync(join(articles, 'c.md'), file('slug: c\nlang: en'));
    expect(readArticleHeads(articles, cache).map((head) => head.lang)).toEqual(['en']);
    // Tamper with the cached head: a read that uses the cache returns the tampered value.
    const saved = JSON.parse(readFileSync(cache.file, 'utf8'));
    saved.files['c.md'].head.lang = 'from-cache';
    writeFileSync(cache.file, JSON.stringify(saved));
    expect(readArticleHeads(articles, cache).map((head) => head.lang)).toEqual(['from-cache']);
    // Nothing parsed, nothing gone: the cache file is left as it was.
    writeFileSync(cache.file, JSON.stringify({ ...saved, untouched: true }));
    readArticleHeads(articles, cache);
    expect(JSON.parse(readFileSync(cache.file, 'utf8')).untouched).toBe(true);
    // Another version of the reading code: the file is read again.
    expect(readArticleHeads(articles, { ...cache, version: 'v2' }).map((head) => head.lang)).toEqual(['en']);
    writeFileSync(cache.file, JSON.stringify(saved));
    // An edited file: read again.
    writeFileSync(join(articles, 'c.md'), file('slug: c\nlang: ar'));
    expect(readArticleHeads(articles, cache).map((head) => head.lang)).toEqual(['ar']);
    // An unreadable cache is no cache.
    writeFileSync(cache.file, '{not json');
    expect(readArticleHeads(articles, cache).map((head) => head.lang)).toEqual(['ar']);
    expect(JSON.parse(readFileSync(cache.file, 'utf8')).files['c.md'].head.lang).toBe('ar');
    // A file gone: the cache forgets it.
    writeFileSync(join(articles, 'd.md'), file('slug: d'));
    readArticleHeads(articles, cache);
    rmSync(join(articles, 'd.md'));
    readArticleHeads(articles, cache);
    expect(Object.keys(JSON.parse(readFileSync(cache.file, 'utf8')).files)).toEqual(['c.md']);
  });
});

test('articleLastModified: updated, else date, by slug; undated articles have none', () => {
  const heads = [
    articleHead('a.md', file('slug: a\ndate: 2024-09-08\nupdated: 2024-10-01')),
    articleHead('b.md', file('slug: b\ndate: 2024-09-08')),
    articleHead('c.md', file('slug: c')),
  ];
  expect(articleLastModified(heads)).toEqual(new Map([['a', '2024-10-01'], ['b', '2024-09-08']]));
});
