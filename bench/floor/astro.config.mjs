// @ts-check
/**
 * The benchmark's floor: a bare Astro site over the same articles, with the same routes
 * and the same Markdown processor as the real site, but minimal templates. Build it with
 * `astro build --root bench/floor` (NEWS_ARTICLES_DIR, NEWS_CACHE_DIR as for the site).
 */
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import { articleMarkdownOptions } from '../../src/markdown/article-markdown.ts';

export default defineConfig({
  site: 'https://example.org',
  ...(process.env.NEWS_CACHE_DIR ? { cacheDir: process.env.NEWS_CACHE_DIR } : {}),
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: {
    syntaxHighlight: false,
    processor: unified(articleMarkdownOptions),
  },
});
