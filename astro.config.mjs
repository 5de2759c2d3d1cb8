// @ts-check
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import { articleMarkdownOptions } from './src/markdown/article-markdown.ts';
import { basePath, siteUrl } from './src/site.config.ts';

export default defineConfig({
  site: siteUrl(),
  // Builds of other content folders (tests, benchmarks) keep their own content cache.
  ...(process.env.NEWS_CACHE_DIR ? { cacheDir: process.env.NEWS_CACHE_DIR } : {}),
  base: basePath(),
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [sitemap()],
  markdown: {
    syntaxHighlight: false,
    processor: unified(articleMarkdownOptions),
  },
});
