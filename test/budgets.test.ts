import { load, type CheerioAPI } from 'cheerio';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, test } from 'vitest';
import { site as config, siteUrl } from '../src/site.config.ts';
import { fixtureSite, type FixtureSite } from './helpers/fixture-site.ts';
import { fileForPath, htmlFiles, siteFiles } from './helpers/site-files.ts';

/** One network round trip: what a first TCP congestion window (10 packets) carries. */
const ARTICLE_BUDGET = 14 * 1024;

const origin = new URL(siteUrl({})).origin;
/** Each edition's search page: `search/index.html`, `ar/search/index.html`. */
const SEARCH_PAGES = new Set(config.editions.map((edition, index) => `${index === 0 ? '' : `${edition}/`}search/index.html`));
const gzipSize = (data: Buffer | string) => gzipSync(data).length;

let site: FixtureSite;
let pages: string[];
const $pages = new Map<string, CheerioAPI>();
const page = (file: string) => $pages.get(file) ?? $pages.set(file, load(readFileSync(join(site.outDir, file), 'utf8'))).get(file)!;
/** The site's stylesheets a page links, as files of the build. */
const stylesheets = (file: string) => page(file)('link[rel~="stylesheet"]').map((_, link) => fileForPath(new URL(link.attribs.href!, origin).pathname)).get();

beforeAll(async () => {
  site = await fixtureSite();
  pages = htmlFiles(site.outDir);
});

describe('budgets', () => {
  test(`every article page's HTML and CSS together are at most ${ARTICLE_BUDGET / 1024} KB gzipped`, () => {
    const articles = pages.filter((file) => file.startsWith('articles/'));
    expect(articles.length).toBeGreaterThan(25);
    const over: string[] = [];
    for (const file of articles) {
      const css = stylesheets(file).map((sheet) => gzipSize(readFileSync(join(site.outDir, sheet))));
      const total = gzipSize(readFileSync(join(site.outDir, file))) + css.reduce((sum, size) => sum + size, 0);
      if (total > ARTICLE_BUDGET) over.push(`${file}: ${total} bytes`);
    }
    expect(over).toEqual([]);
  });

  test('no JavaScript on any page but search (JSON-LD data is not script)', () => {
    const withScript = pages
      .filter((file) => !SEARCH_PAGES.has(file))
      .filter((file) => page(file)('script').filter((_, script) => script.attribs.type !== 'application/ld+json').length > 0);
    expect(withScript).toEqual([]);
    // Nor inline handlers that would run script without a <script>.
    const handlers = pages.filter((file) => page(file)('*').filter((_, element) => 'attribs' in element && Object.keys(element.attribs).some((name) => /^on/i.test(name))).length > 0);
    expect(handlers).toEqual([]);
  });

  test('one stylesheet per page; the search page adds Pagefind\'s', () => {
    const sheets = new Map(pages.map((file) => [file, stylesheets(file)]));
    expect([...sheets].filter(([file, list]) => !SEARCH_PAGES.has(file) && list.length !== 1)).toEqual([]);
    // Pagefind writes its UI's stylesheet after the Astro build, so it cannot join the site's.
    for (const search of SEARCH_PAGES) {
      expect(sheets.get(search)?.filter((sheet) => !sheet.startsWith('pagefind/'))).toHaveLength(1);
      expect(sheets.get(search)).toHaveLength(2);
    }
    // No <style> blocks either: everything is in the one cacheable file.
    expect(pages.filter((file) => page(file)('style').length > 0)).toEqual([]);
  });

  test('no web fonts: no @font-face and no font files', () => {
    const files = siteFiles(site.outDir);
    expect(files.filter((file) => /\.(woff2?|ttf|otf|eot)$/i.test(file))).toEqual([]);
    const css = files.filter((file) => file.endsWith('.css'));
    expect(css.length).toBeGreaterThan(0);
    expect(css.filter((file) => /@font-face/i.test(readFileSync(join(site.outDir, file), 'utf8')))).toEqual([]);
  });

  test('no third-party requests: every resource a page loads is on the site\'s own origin', () => {
    const foreign: string[] = [];
    const selectors = 'link[href], script[src], img[src], img[srcset], source[src], source[srcset], iframe[src], video[src], video[poster], audio[src], embed[src], object[data]';
    for (const file of pages) {
      const $ = page(file);
      $(selectors).each((_, element) => {
        const urls = ['href', 'src', 'data', 'poster'].map((name) => element.attribs[name]).filter(Boolean) as string[];
        urls.push(...(element.attribs.srcset ?? '').split(',').map((candidate) => candidate.trim().split(/\s+/)[0]!).filter(Boolean));
        for (const url of urls) {
          if (/^(https?:)?\/\//i.test(url) && new URL(url, origin).origin !== origin) foreign.push(`${file}: <${element.tagName}> ${url}`);
        }
      });
    }
    expect(foreign).toEqual([]);
    // Nor from stylesheets: no @import and no url() of another origin.
    const css = siteFiles(site.outDir).filter((file) => file.endsWith('.css'));
    const cssForeign = css.filter((file) => /@import|url\(\s*['"]?(https?:)?\/\//i.test(readFileSync(join(site.outDir, file), 'utf8')));
    expect(cssForeign).toEqual([]);
  });
});
