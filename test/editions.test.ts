import { load, type CheerioAPI } from 'cheerio';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { fixtureSite, type FixtureSite } from './helpers/fixture-site.ts';
import { fileForPath, htmlFiles } from './helpers/site-files.ts';

const ORIGIN = 'https://example.org';
const ENGLISH_ORIGINAL = '/articles/iraqi-american-officials-to-meet-to-discuss-us-troop-withdrawal/';
const ARABIC_TRANSLATION = '/ar/articles/iraq-us-talks-ar/';

let site: FixtureSite;
const file = (path: string) => join(site.outDir, fileForPath(path));
const page = (path: string): CheerioAPI => load(readFileSync(file(path), 'utf8'));
const xml = (path: string): CheerioAPI => load(readFileSync(file(path), 'utf8'), { xml: true });

beforeAll(async () => {
  site = await fixtureSite();
});

describe('each edition lists only its own language', () => {
  test.each([
    { home: '/', lang: 'en' },
    { home: '/page/2/', lang: 'en' },
    { home: '/ar/', lang: 'ar' },
    { home: '/ar/page/2/', lang: 'ar' },
  ])('$home lists only $lang articles, each linked inside its edition', ({ home, lang }) => {
    const $ = page(home);
    const cards = $('.card');
    expect(cards.length).toBeGreaterThan(0);
    expect(cards.map((_, card) => card.attribs.lang).get().filter((cardLang) => cardLang !== lang)).toEqual([]);
    const links = $('.card__title a').map((_, a) => a.attribs.href).get();
    expect(links.filter((href) => !href.startsWith(lang === 'ar' ? '/ar/articles/' : '/articles/'))).toEqual([]);
  });

  test('the Arabic home has a second page, with Arabic pagination', () => {
    const $ = page('/ar/page/2/');
    expect($('.pagination').attr('aria-label')).toBe('الصفحات');
    expect($('.pagination a[rel="prev"]').attr('href')).toBe('/ar/');
    expect($('.pagination a[rel="prev"]').text()).toBe('الأحدث');
    expect($('h1').text()).toBe('الأرشيف: آخر الأخبار · الصفحة 2');
    expect($('title').text()).toBe('الأرشيف (الصفحة 2 من 2) · الأرشيف');
  });

  test('topic, place and agency pages of the Arabic edition exist under /ar/ only', () => {
    expect(page('/ar/places/alqahrt/')('.card__title').text()).toContain('افتتاح جناح جديد في متحف القاهرة');
    expect(existsSync(file('/places/alqahrt/'))).toBe(false);
    const topics = page('/ar/topics/');
    expect(topics('h1').text()).toBe('الموضوعات');
    expect(topics('h2').map((_, h) => topics(h).text()).get()).toEqual(['الموضوعات', 'الأماكن', 'وكالات الصور']);
    expect(page('/ar/topics/alaqtsad/')('title').text()).toBe('موضوع: الاقتصاد · الأرشيف');
  });
});

describe('Arabic pages are Arabic', () => {
  /**
   * Text a reader meets: visible text and accessible names, without what is marked as another
   * language (the switch's "English") and the page's own address printed on paper.
   */
  function interfaceText($: CheerioAPI): string {
    $('script, style, .print-url, [lang]:not([lang|="ar"])').remove();
    const attributes = $('body [aria-label], body [title], body [alt], body [placeholder]')
      .map((_, element) => ['aria-label', 'title', 'alt', 'placeholder'].map((name) => element.attribs[name] ?? '').join(' '))
      .get();
    return [$('title').text(), $('body').text(), ...attributes].join(' ');
  }

  test('every page under /ar/ has lang="ar" dir="rtl" and no English word', () => {
    const pages = htmlFiles(site.outDir).filter((path) => path.startsWith('ar/'));
    expect(pages.length).toBeGreaterThan(30);
    const english: string[] = [];
    for (const path of pages) {
      // Parsed as a browser without JavaScript would: the <noscript> text is markup then.
      const $ = load(readFileSync(join(site.outDir, path), 'utf8'), { scriptingEnabled: false });
      expect($('html').attr('lang'), path).toBe('ar');
      expect($('html').attr('dir'), path).toBe('rtl');
      const words = interfaceText($).match(/[A-Za-z]{2,}/g);
      if (words) english.push(`${path}: ${[...new Set(words)].join(', ')}`);
    }
    expect(english).toEqual([]);
  });

  test('an Arabic article: the date as the publication prints it, the Hijri date beside it, the reading time in Arabic', () => {
    const $ = page(`/ar/articles/${site.arabicSlug}/`);
    const dateline = $('.article__header .dateline');
    expect(dateline.find('time').attr('datetime')).toBe('2024-11-21');
    expect(dateline.find('time').text()).toBe('21 نوفمبر 2024');
    expect(dateline.find('.dateline__hijri').text()).toBe('19 جمادى الأولى 1446 هـ');
    expect($('.article__reading-time').text()).toBe('دقيقة واحدة للقراءة');
    expect($('.site-nav a').map((_, a) => $(a).text()).get()).toEqual(['آخر الأخبار', 'الموضوعات', 'البحث']);
    expect($('.article__footer .term-links__label').first().text()).toBe('الموضوعات:');
  });

  test('the Arabic 404 page is where hosts look for it', () => {
    const $ = page('/ar/404.html');
    expect($('h1').text()).toBe('الصفحة غير موجودة');
    expect($('a').map((_, a) => a.attribs.href).get()).toEqual(expect.arrayContaining(['/ar/', '/ar/topics/', '/ar/search/']));
    expect(existsSync(file('/ar/404/'))).toBe(false);
    expect(page('/404.html')('h1').text()).toBe('Page not found');
  });
});

describe('the editions know each other', () => {
  const hreflangs = (path: string) => {
    const $ = page(path);
    return Object.fromEntries($('link[rel="alternate"][hreflang]').map((_, link) => ({ lang: link.attribs.hreflang!, href: link.attribs.href! })).get().map(({ lang, href }) => [lang, href]));
  };

  test.each(['/', '/ar/'])('the home %s announces both homes with hreflang', (path) => {
    expect(hreflangs(path)).toEqual({ en: `${ORIGIN}/`, ar: `${ORIGIN}/ar/`, 'x-default': `${ORIGIN}/` });
  });

  test('an article and its translation point at each other, with hreflang and a visible link', () => {
    const pair = { en: `${ORIGIN}${ENGLISH_ORIGINAL}`, ar: `${ORIGIN}${ARABIC_TRANSLATION}`, 'x-default': `${ORIGIN}${ENGLISH_ORIGINAL}` };
    expect(hreflangs(ENGLISH_ORIGINAL)).toEqual(pair);
    expect(hreflangs(ARABIC_TRANSLATION)).toEqual(pair);
    expect(page(ENGLISH_ORIGINAL)('.translations a').attr('href')).toBe(ARABIC_TRANSLATION);
    expect(page(ARABIC_TRANSLATION)('.translations a').attr('href')).toBe(ENGLISH_ORIGINAL);
    expect(page(ENGLISH_ORIGINAL)('.language-switch a').attr('href')).toBe(ARABIC_TRANSLATION);
  });

  test('an article without a translation has no hreflang, and its switch leads to the other home', () => {
    expect(hreflangs(`/ar/articles/${site.arabicSlug}/`)).toEqual({});
    expect(page(`/ar/articles/${site.arabicSlug}/`)('.language-switch a').attr('href')).toBe('/');
  });

  test('the sitemap carries the alternates and leaves out old addresses and 404 pages', () => {
    const $ = xml('/sitemap-0.xml');
    const links = (loc: string) =>
      Object.fromEntries(
        $('url')
          .filter((_, url) => $(url).children('loc').text() === loc)
          .find('xhtml\\:link')
          .map((_, link) => [[link.attribs.hreflang!, link.attribs.href!]])
          .get(),
      );
    expect(links(`${ORIGIN}/ar/`)).toEqual({ en: `${ORIGIN}/`, ar: `${ORIGIN}/ar/` });
    expect(links(`${ORIGIN}/topics/`)).toEqual({ en: `${ORIGIN}/topics/`, ar: `${ORIGIN}/ar/topics/` });
    const pair = { en: `${ORIGIN}${ENGLISH_ORIGINAL}`, ar: `${ORIGIN}${ARABIC_TRANSLATION}` };
    expect(links(`${ORIGIN}${ENGLISH_ORIGINAL}`)).toEqual(pair);
    expect(links(`${ORIGIN}${ARABIC_TRANSLATION}`)).toEqual(pair);
    expect(links(`${ORIGIN}/ar/articles/${site.arabicSlug}/`)).toEqual({});
    const locs = $('url > loc').map((_, loc) => $(loc).text()).get();
    expect(locs).toContain(`${ORIGIN}/ar/articles/${site.arabicSlug}/`);
    expect(locs).not.toContain(`${ORIGIN}/articles/${site.arabicSlug}/`);
    expect(locs.filter((loc) => loc.includes('404'))).toEqual([]);
  });
});

test('the old address of an Arabic article sends readers and search engines to the new one', () => {
  const $ = page(`/articles/${site.arabicSlug}/`);
  expect($('meta[http-equiv="refresh"]').attr('content')).toBe(`0; url=/ar/articles/${site.arabicSlug}/`);
  expect($('link[rel="canonical"]').attr('href')).toBe(`${ORIGIN}/ar/articles/${site.arabicSlug}/`);
  expect($('meta[name="robots"]').attr('content')).toBe('noindex');
  expect($('main a').attr('href')).toBe(`/ar/articles/${site.arabicSlug}/`);
  expect($('html').attr('lang')).toBe('ar');
  expect($('[data-pagefind-body]')).toHaveLength(0);
});

describe('feeds of each edition', () => {
  test.each([
    { path: '/rss.xml', lang: 'en', title: 'The Archive', prefix: `${ORIGIN}/articles/` },
    { path: '/ar/rss.xml', lang: 'ar', title: 'الأرشيف', prefix: `${ORIGIN}/ar/articles/` },
  ])('$path: $lang articles only', ({ path, lang, title, prefix }) => {
    const $ = xml(path);
    expect($('channel > language').text()).toBe(lang);
    expect($('channel > title').text()).toBe(title);
    const links = $('item > link').map((_, link) => $(link).text()).get();
    expect(links.length).toBeGreaterThan(0);
    expect(links.filter((link) => !link.startsWith(prefix))).toEqual([]);
    // Entries in the feed's own language are not wrapped in a <div lang dir>.
    expect($('item dc\\:language')).toHaveLength(0);
  });

  test('the Arabic Atom and JSON feeds', () => {
    const atom = xml('/ar/atom.xml');
    expect(atom('feed').attr('xml:lang')).toBe('ar');
    expect(atom('feed > title').text()).toBe('الأرشيف');
    const json = JSON.parse(readFileSync(file('/ar/feed.json'), 'utf8')) as { language: string; feed_url: string; items: { url: string }[] };
    expect(json.language).toBe('ar');
    expect(json.feed_url).toBe(`${ORIGIN}/ar/feed.json`);
    expect(json.items.every((item) => item.url.startsWith(`${ORIGIN}/ar/articles/`))).toBe(true);
    expect(page('/ar/')('link[type="application/rss+xml"]').attr('href')).toBe(`${ORIGIN}/ar/rss.xml`);
  });
});
