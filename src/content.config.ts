import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleSchema } from './schema/article.ts';
import { articlesDir } from './site.config.ts';

const articles = defineCollection({
  loader: glob({ pattern: '**/*.md', base: articlesDir() }),
  schema: ({ image }) => articleSchema(image()),
});

export const collections = { articles };
