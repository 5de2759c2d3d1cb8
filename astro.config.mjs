// @ts-check
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import { articleMarkdownConfig } from './src/markdown/article-markdown.ts';
import { articleLastModified, readArticleHeads } from './src/data/article-dates.ts';
import { todayIn } from './src/lib/dates.ts';
import { editionsPlan } from './src/lib/sitemap-editions.ts';
import { articlesDir, basePath, buildCacheDir, DEFAULT_EDITION, site, siteUrl } from './src/site.config.ts';
import { codeVersion } from './src/data/module-graph.ts';
import { moveEditionNotFoundPages } from './src/integrations/edition-404.ts';
import { sitemap } from './src/integrations/sitemap.ts';

const articleHeads = readArticleHeads(articlesDir(), {
  file: join(buildCacheDir(), 'article-heads.json'),
  version: await codeVersion(fileURLToPath(new URL('./', import.meta.url)), ['src/data/article-dates.ts'], ['package-lock.json']),
});
const lastModified = articleLastModified(articleHeads);
const editions = editionsPlan(articleHeads, todayIn(site.timeZone));

/** A sitemap URL's path under the base: `https://x.org/news/ar/` → `ar/`. */
const sitePath = (/** @type {string} */ url) => new URL(url).pathname.slice(basePath().length);

/**
 * Sitemap entries of article pages get `lastmod` from the article's date, and pages that
 * exist in other editions their `hreflang` alternates.
 * @param {import('sitemap').SitemapItemLoose} item
 */
function serializeSitemapItem(item) {
  const slug = /\/articles\/([^/]+)\/$/.exec(new URL(item.url).pathname)?.[1];
  const date = slug ? lastModified.get(slug) : undefined;
  const alternates = editions.alternates.get(sitePath(item.url));
  return {
    ...item,
    ...(date ? { lastmod: date } : {}),
    ...(alternates ? { links: Object.entries(alternates).map(([lang, path]) => ({ lang, url: new URL(path, item.url.slice(0, item.url.length - sitePath(item.url).length)).href })) } : {}),
  };
}

export default defineConfig({
  site: siteUrl(),
  // Builds of other content folders (tests, benchmarks) keep their own content cache.
  cacheDir: buildCacheDir(),
  base: basePath(),
  trailingSlash: 'always',
  build: {
    format: 'directory',
    inlineStylesheets: 'never',
    // Pages render while earlier ones are written: at 2,000 articles a warm build went from
    // 11.4 to 9.1 s (the main thread sat idle on file writes a third of the time); more than
    // 8 gained nothing. See bench/RESULTS.md.
    concurrency: 8,
  },
  // No Astro `i18n` setting: the editions route themselves (see `editions` in src/site.config.ts).
  integrations: [
    sitemap({ serialize: serializeSitemapItem, filter: (page) => !editions.excluded.has(sitePath(page)) }),
    moveEditionNotFoundPages(site.editions.filter((edition) => edition !== DEFAULT_EDITION)),
  ],
  security: {
    // Every page gets a Content-Security-Policy meta tag allowing only the site's own
    // resources; Astro adds the hashes of what it inlines. See src/pages/search.astro for
    // the one page that allows more (WebAssembly for Pagefind).
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  experimental: {
    // Pages from getStaticPaths() carry a cacheKey (src/lib/cache-key.ts): a later build
    // copies a page from the last one when its key and its code are unchanged, so editing
    // one article re-renders only the pages that show it. `astro build --force` renders all.
    incrementalBuild: true,
  },
  // Kept in its own module, which the content store's version hashes (src/data/articles-loader.ts).
  markdown: articleMarkdownConfig,
});
