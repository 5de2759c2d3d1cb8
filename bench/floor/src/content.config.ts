import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleSchema } from '../../../src/schema/article.ts';

/** The same files and front-matter schema as the site's collection. */
const articles = defineCollection({
  loader: glob({ pattern: '**/*.md', base: process.env.NEWS_ARTICLES_DIR || '../../content/articles' }),
  schema: ({ image }) => articleSchema(image()),
});

export const collections = { articles };
