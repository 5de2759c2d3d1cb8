// @ts-check
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import { articleMarkdownOptions } from './src/markdown/article-markdown.ts';
import { basePath, siteUrl } from './src/site.config.ts';

export default defineConfig({
  site: siteUrl(),
  base: basePath(),
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [sitemap()],
  markdown: {
    syntaxHighlight: false,
    processor: unified(articleMarkdownOptions),
  },
});
