import { load } from 'cheerio';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { siteUrl } from '../src/site.config.ts';
import { fixtureSite, type FixtureSite } from './helpers/fixture-site.ts';
import { fileForPath, htmlFiles, pathForFile } from './helpers/site-files.ts';

const origin = new URL(siteUrl({})).origin;

interface Crawl {
  /** Site paths of the HTML pages reached from the home page. */
  pages: Set<string>;
  broken: string[];
}

/** Follows every internal `<a href>` from the home page through the built files, fragments included. */
function crawl(root: string): Crawl {
  const pages = new Set<string>();
  const broken: string[] = [];
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    if (!ids.has(file)) {
      const $ = load(readFileSync(join(root, file), 'utf8'));
      ids.set(file, new Set($('[id]').map((_, element) => element.attribs.id).get()));
    }
    return ids.get(file)!;
  };
  const queue = ['/'];
  pages.add('/');
  while (queue.length > 0) {
    const path = queue.shift()!;
    const $ = load(readFileSync(join(root, fileForPath(path)), 'utf8'));
    $('a[href]').each((_, element) => {
      const href = element.attribs.href!;
      const target = new URL(href, new URL(path, origin));
      if (target.origin !== origin) return;
      const file = fileForPath(target.pathname);
      if (!existsSync(join(root, file))) {
        broken.push(`${path} → ${href}`);
        return;
      }
      if (target.hash && file.endsWith('.html') && !idsOf(file).has(decodeURIComponent(target.hash.slice(1)))) {
        broken.push(`${path} → ${href} (no element with that id)`);
      }
      if (file.endsWith('.html') && !pages.has(target.pathname)) {
        pages.add(target.pathname);
        queue.push(target.pathname);
      }
    });
  }
  return { pages, broken };
}

/** Paths of the URLs listed by sitemap-index.xml's sitemaps. */
function sitemapPaths(root: string): Set<string> {
  const index = load(readFileSync(join(root, 'sitemap-index.xml'), 'utf8'), { xml: true });
  const sitemaps = index('sitemap > loc').map((_, loc) => new URL(index(loc).text()).pathname).get();
  expect(sitemaps).toContain('/sitemap-0.xml');
  const paths = new Set<string>();
  for (const sitemap of sitemaps) {
    const $ = load(readFileSync(join(root, fileForPath(sitemap)), 'utf8'), { xml: true });
    $('url > loc').each((_, loc) => void paths.add(new URL($(loc).text()).pathname));
  }
  return paths;
}

/** A page that only sends the reader to another address. */
const isRedirect = (file: string) => load(readFileSync(file, 'utf8'))('meta[http-equiv="refresh"]').length > 0;

let site: FixtureSite;
let result: Crawl;
beforeAll(async () => {
  site = await fixtureSite();
  result = crawl(site.outDir);
});

describe('links', () => {
  test('no internal link or fragment is broken', () => {
    expect(result.broken).toEqual([]);
  });

  test('the crawl reaches every kind of page', () => {
    for (const path of ['/page/2/', '/topics/', '/topics/iraq/', '/places/beirut/', '/agencies/afp/', '/search/', '/ar/', '/ar/page/2/', '/ar/topics/', '/ar/search/', `/ar/articles/${site.arabicSlug}/`]) {
      expect(result.pages, path).toContain(path);
    }
  });

  test('every page is reachable by links from the home page', () => {
    // The editions' 404.html are served for missing addresses, and the old addresses of moved
    // articles send readers on (a meta refresh): neither is linked to.
    const built = htmlFiles(site.outDir)
      .filter((file) => !/(^|\/)404\.html$/.test(file) && !isRedirect(join(site.outDir, file)))
      .map(pathForFile);
    expect(built.filter((path) => !result.pages.has(path))).toEqual([]);
  });

  test('every page reached is in the sitemap, and the sitemap lists only built pages', () => {
    const listed = sitemapPaths(site.outDir);
    // The search page is a tool with no content of its own for a search engine to index, so
    // it may be left out of the sitemap; 404.html is never reached by a link.
    const missing = [...result.pages].filter((path) => path !== '/search/' && !listed.has(path));
    expect(missing).toEqual([]);
    expect([...listed].filter((path) => !existsSync(join(site.outDir, fileForPath(path))))).toEqual([]);
  });
});
