import { unified, type UnifiedProcessorOptions } from '@astrojs/markdown-remark';
import rehypeSanitize from 'rehype-sanitize';
import remarkHtmlAsText from './remark-html-as-text.ts';
import remarkNestingLimit from './remark-nesting-limit.ts';
import rehypeIsolateLatin from './rehype-isolate-latin.ts';
import rehypeRelativeDays from './rehype-relative-days.ts';
import { articleSanitizeSchema } from './sanitize-schema.ts';

/**
 * How article Markdown becomes HTML, shared by the site (astro.config.mjs) and the tests.
 * News text already carries typographic quotes and needs no tables or autolinks, so gfm
 * and smartypants, most of the unified processor's cost, are off.
 */
export const articleMarkdownOptions: UnifiedProcessorOptions = {
  gfm: false,
  smartypants: false,
  // The nesting limit first, before any plugin walks the tree recursively.
  remarkPlugins: [remarkNestingLimit, remarkHtmlAsText],
  // Sanitize last, so that nothing an earlier plugin adds escapes the schema.
  rehypePlugins: [rehypeRelativeDays, rehypeIsolateLatin, [rehypeSanitize, articleSanitizeSchema]],
};

/**
 * The Astro config's `markdown` setting, whole, so that the content store's version
 * (src/data/articles-loader.ts) can hash this module instead of the Astro config and all
 * it imports (the sitemap, integrations).
 */
export const articleMarkdownConfig = {
  syntaxHighlight: false,
  processor: unified(articleMarkdownOptions),
} as const;
