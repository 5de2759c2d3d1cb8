import { defineCollection } from 'astro:content';
import { articlesLoader } from './data/articles-loader.ts';
import { articleSchema } from './schema/article.ts';
import { articlesDir } from './site.config.ts';

const articles = defineCollection({
  loader: articlesLoader(articlesDir()),
  schema: ({ image }) => articleSchema(image()),
});

export const collections = { articles };
