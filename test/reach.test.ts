import { load } from 'cheerio';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { todayIn } from '../src/lib/dates.ts';
import { articlesFolder, buildSite, type BuiltSite } from './helpers/build-site.ts';
import { projectRoot } from './helpers/run-import.ts';

const first = 'articles/iraqi-american-officials-to-meet-to-discuss-us-troop-withdrawal/';
const origin = 'https://news.example.org';
let site: BuiltSite;
let articleIds: string[];

beforeAll(() => {
  const dir = articlesFolder(join(projectRoot, 'content/articles'));
  writeFileSync(
    join(dir, 'breaking-today.md'),
    `---\ntitle: Breaking Story Filed Today\nslug: breaking-today\ndate: ${todayIn('UTC')}\nlang: en\ndateline: Beirut\ntags: [Lebanon]\n---\n\nA story filed today.\n`,
  );
  articleIds = readdirSync(dir).map((name) => name.replace(/\.md$/, ''));
  site = buildSite(dir, { SITE_URL: origin });
});

describe('metadata', () => {
  test('an article page has canonical URL, description, Open Graph and Twitter tags', () => {
    const $ = load(site.page(first));
    expect($('link[rel="canonical"]').attr('href')).toBe(`${origin}/${first}`);
    expect($('meta[name="description"]').attr('content')).toMatch(/^The final agreement between Iraq/);
    expect($('meta[property="og:type"]').attr('content')).toBe('article');
    expect($('meta[property="article:published_time"]').attr('content')).toBe('2024-09-08');
    expect($('meta[property="article:section"]').attr('content')).toBeTruthy();
    expect($('meta[name="twitter:card"]').attr('content')).toBe('summary');
  });

  test('an article page has NewsArticle JSON-LD with the required fields', () => {
    const $ = load(site.page('articles/breaking-today/'));
    const data = JSON.parse($('script[type="application/ld+json"]').text());
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Breaking Story Filed Today',
      datePublished: todayIn('UTC'),
      dateModified: todayIn('UTC'),
      inLanguage: 'en',
      articleSection: 'Lebanon',
      locationCreated: { '@type': 'Place', name: 'Beirut' },
      publisher: { '@type': 'NewsMediaOrganization', logo: { url: `${origin}/logo.svg` } },
    });
    expect(data.author.name).toBeTruthy();
  });

  test('the home page has WebSite and Organization JSON-LD', () => {
    const $ = load(site.page(''));
    const types = $('script[type="application/ld+json"]')
      .map((_, s) => JSON.parse($(s).text()))
      .get()
      .flat()
      .map((item: { '@type': string }) => item['@type']);
    expect(types).toEqual(expect.arrayContaining(['WebSite', 'NewsMediaOrganization']));
  });

  test('pages carry a Content-Security-Policy without unsafe-inline scripts', () => {
    for (const path of ['', first, 'topics/']) {
      const csp = load(site.page(path))('meta[http-equiv="content-security-policy"]').attr('content') ?? '';
      expect(csp).toMatch(/default-src 'self'/);
      expect(csp).toMatch(/script-src 'self'/);
      expect(csp).not.toMatch(/unsafe-inline|unsafe-eval'/);
    }
    expect(load(site.page('search/'))('meta[http-equiv="content-security-policy"]').attr('content')).toMatch(/'wasm-unsafe-eval'/);
  });
});

describe('sitemaps and robots.txt', () => {
  test('the sitemap lists every article with lastmod from its date', () => {
    const index = load(site.page('sitemap-index.xml'), { xml: true });
    const sitemaps = index('sitemap > loc').map((_, loc) => index(loc).text()).get();
    const urls = new Map<string, string>();
    for (const url of sitemaps) {
      const $ = load(site.page(new URL(url).pathname.slice(1)), { xml: true });
      $('url').each((_, entry) => void urls.set($(entry).find('loc').text(), $(entry).find('lastmod').text()));
    }
    for (const id of articleIds) expect(urls.has(`${origin}/articles/${id}/`), id).toBe(true);
    expect(urls.get(`${origin}/${first}`)).toMatch(/^2024-09-08/);
    expect(urls.has(`${origin}/topics/iraq/`)).toBe(true);
  });

  test('the Google News sitemap holds the articles of the last two days only', () => {
    const $ = load(site.page('news-sitemap.xml'), { xml: true });
    expect($('url')).toHaveLength(1);
    expect($('url > loc').text()).toBe(`${origin}/articles/breaking-today/`);
    expect($('news\\:publication_date').text()).toBe(todayIn('UTC'));
    expect($('news\\:title').text()).toBe('Breaking Story Filed Today');
    expect($('news\\:name').text()).toBeTruthy();
  });

  test('robots.txt names both sitemaps', () => {
    const robots = readFileSync(join(site.outDir, 'robots.txt'), 'utf8');
    expect(robots).toContain(`Sitemap: ${origin}/sitemap-index.xml`);
    expect(robots).toContain(`Sitemap: ${origin}/news-sitemap.xml`);
  });
});

test('a build under BASE_PATH=/news/ links nothing outside /news/', () => {
  const built = buildSite(articlesFolder(join(projectRoot, 'content/articles')), { BASE_PATH: '/news/', SITE_URL: origin });
  const outside: string[] = [];
  const files = readdirSync(built.outDir, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(html|css|xml|json|txt)$/.test(f));
  expect(files.length).toBeGreaterThan(5);
  for (const file of files) {
    const text = readFileSync(join(built.outDir, file), 'utf8');
    const urls = [
      ...text.matchAll(/(?:href|src|content|action)="([^"]+)"/g),
      ...text.matchAll(/url\(["']?([^"')]+)/g),
      ...text.matchAll(/<loc>([^<]+)<\/loc>/g),
      ...text.matchAll(/Sitemap: (\S+)/g),
    ].map((match) => match[1] ?? '');
    for (const url of urls) {
      const path = url.startsWith(origin) ? url.slice(origin.length) : url;
      if (path.startsWith('/') && !path.startsWith('/news/') && !path.startsWith('//')) outside.push(`${file}: ${url}`);
    }
  }
  expect(outside).toEqual([]);
  expect(load(built.page(''))('.card__title a').first().attr('href')).toMatch(/^\/news\/articles\//);
});

test('every page announces the site feeds; a topic page its own first', () => {
  // Feeds are the alternates with a media type; the editions' hreflang alternates have none.
  const feeds = (path: string) => load(site.page(path))('link[rel="alternate"][type]').map((_, link) => link.attribs.href).get();
  for (const path of ['', first, 'topics/', 'search/']) {
    expect(feeds(path)).toEqual([`${origin}/rss.xml`, `${origin}/atom.xml`, `${origin}/feed.json`]);
  }
  expect(feeds('topics/iraq/').slice(0, 3)).toEqual([
    `${origin}/topics/iraq/rss.xml`,
    `${origin}/topics/iraq/atom.xml`,
    `${origin}/topics/iraq/feed.json`,
  ]);
});

describe('an edition with no article yet', () => {
  test('its home and search pages say so, and the search page loads no search index', () => {
    // The bundled articles are all English: the Arabic edition is empty.
    for (const path of ['ar/', 'ar/search/']) {
      const $ = load(site.page(path));
      expect($('.listing__empty').text(), path).toBe('لم تُنشر مقالات في هذه النسخة بعد.');
    }
    const search = site.page('ar/search/');
    expect(search).not.toContain('pagefind-ui.js');
    expect(search).not.toContain('wasm-unsafe-eval');
    expect(load(site.page('search/'))('#search')).toHaveLength(1);
  });
});
