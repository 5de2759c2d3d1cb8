import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { latestLastmod, sitemapEntries, writeSitemap } from '../src/integrations/sitemap.ts';

const site = new URL('https://news.example.org/');

describe('sitemapEntries', () => {
  test('lists each built page once, in address order with numbers in numeric order', () => {
    const entries = sitemapEntries(['page/10/', 'page/2/', '', 'articles/b/', 'articles/a/', 'page/2/', 'page/1/'], site);
    expect(entries.map((entry) => entry.url)).toEqual([
      'https://news.example.org/',
      'https://news.example.org/articles/a/',
      'https://news.example.org/articles/b/',
      'https://news.example.org/page/1/',
      'https://news.example.org/page/2/',
      'https://news.example.org/page/10/',
    ]);
  });

  test('orders as localeCompare with the English locale and numeric collation does (the order @astrojs/sitemap wrote)', () => {
    const pathnames = ['Zeta/', 'alpha/', 'éclair/', 'eclair/', 'a10/', 'a9/', 'b-2/', 'b_1/', 'ar/articles/خبر/', 'x%20y/'];
    const expected = pathnames.map((path) => new URL(path, site).href).sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
    expect(sitemapEntries(pathnames, site).map((entry) => entry.url)).toEqual(expected);
  });

  test('leaves out status pages, with or without slashes, and keeps pages that only start like them', () => {
    const entries = sitemapEntries(['404/', '/500', '404', 'articles/404-not-found/', 'ar/404/'], site);
    expect(entries.map((entry) => entry.url)).toEqual(['https://news.example.org/ar/404/', 'https://news.example.org/articles/404-not-found/']);
  });

  test('puts pages under the base path', () => {
    const entries = sitemapEntries(['', 'articles/a/'], new URL('https://example.org/news/'));
    expect(entries.map((entry) => entry.url)).toEqual(['https://example.org/news/', 'https://example.org/news/articles/a/']);
  });

  test('filters URLs and serializes the ones it keeps', () => {
    const entries = sitemapEntries(['articles/a/', 'ar/404/', 'articles/b/'], site, {
      filter: (url) => !url.endsWith('/ar/404/'),
      serialize: (item) => ({ ...item, lastmod: item.url.endsWith('/a/') ? '2024-05-01' : undefined }),
    });
    expect(entries).toEqual([
      { url: 'https://news.example.org/articles/a/', lastmod: '2024-05-01' },
      { url: 'https://news.example.org/articles/b/', lastmod: undefined },
    ]);
  });
});

describe('latestLastmod', () => {
  test('is the latest valid date, as an ISO timestamp; none without one', () => {
    expect(latestLastmod([{ url: 'a', lastmod: '2024-01-02' }, { url: 'b', lastmod: '2024-03-04' }, { url: 'c', lastmod: 'not a date' }, { url: 'd' }])).toBe('2024-03-04T00:00:00.000Z');
    expect(latestLastmod([{ url: 'a' }, { url: 'b', lastmod: 'soon' }])).toBeUndefined();
  });
});

describe('writeSitemap', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test('splits the URLs into files of at most the limit, listed in the index with each file’s latest lastmod', async () => {
    dir = mkdtempSync(join(tmpdir(), 'sitemap-'));
    const entries = [
      { url: 'https://news.example.org/a/', lastmod: '2024-01-01' },
      { url: 'https://news.example.org/b/', lastmod: '2024-02-01' },
      { url: 'https://news.example.org/c/', links: [{ lang: 'ar', url: 'https://news.example.org/ar/c/' }] },
    ];
    await writeSitemap(dir, new URL('https://news.example.org/'), entries, 2);
    expect(readdirSync(dir).sort()).toEqual(['sitemap-0.xml', 'sitemap-1.xml', 'sitemap-index.xml']);
    const index = readFileSync(join(dir, 'sitemap-index.xml'), 'utf8');
    expect(index).toContain('<sitemap><loc>https://news.example.org/sitemap-0.xml</loc><lastmod>2024-02-01T00:00:00.000Z</lastmod></sitemap>');
    expect(index).toContain('<sitemap><loc>https://news.example.org/sitemap-1.xml</loc></sitemap>');
    const first = readFileSync(join(dir, 'sitemap-0.xml'), 'utf8');
    expect(first).toContain('<url><loc>https://news.example.org/a/</loc><lastmod>2024-01-01T00:00:00.000Z</lastmod></url>');
    expect(first).not.toContain('/c/');
    expect(readFileSync(join(dir, 'sitemap-1.xml'), 'utf8')).toContain('<xhtml:link rel="alternate" hreflang="ar" href="https://news.example.org/ar/c/"/>');
  });
});
