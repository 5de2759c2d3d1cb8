import { detectLanguage } from '../lib/language.ts';
import { suggestTopics } from './topics/suggest-topics.ts';
import type { ImportedArticleData } from '../schema/article.ts';
import type { ParsedArticle } from './parse-article.ts';

/** Where an article came from and what the command line adds to it. */
export interface ArticleContext {
  slug: string;
  sourceFile: string;
  position: number;
  /** Publication date from `--date`, YYYY-MM-DD. */
  date?: string;
}

/** The `--json` form of an article: a stable interface for tools, text as in the dump. */
export interface ArticleJson {
  title: string;
  slug: string;
  lang: string;
  date: string | null;
  dateline: string | null;
  byline: string | null;
  images: { caption: string; credit: string | null }[];
  paragraphs: string[];
  /** Dump lines left out of the article, with the reason (see README, "What the importer recognizes"). */
  removed: { line: string; why: string }[];
}

/** The front matter the importer writes for a parsed article (tags are suggestions). */
export function toFrontMatter(article: ParsedArticle, context: ArticleContext): ImportedArticleData {
  const lang = articleLanguage(article);
  const data: ImportedArticleData = { title: article.title, slug: context.slug };
  if (context.date) data.date = context.date;
  data.lang = lang;
  if (article.dateline) data.dateline = article.dateline;
  if (article.byline) data.byline = article.byline;
  data.images = article.images.map(({ caption, credit }) => (credit ? { caption, credit } : { caption }));
  data.tags = suggestTopics({
    title: article.title,
    paragraphs: article.paragraphs,
    lang,
    exclude: article.byline ? [article.byline] : [],
  });
  data.source = { file: context.sourceFile, position: context.position };
  return data;
}

/** The `--json` record of a parsed article, keys in the documented order. */
export function toJson(article: ParsedArticle, context: ArticleContext): ArticleJson {
  return {
    title: article.title,
    slug: context.slug,
    lang: articleLanguage(article),
    date: context.date ?? null,
    dateline: article.dateline,
    byline: article.byline,
    images: article.images.map(({ caption, credit }) => ({ caption, credit })),
    paragraphs: article.paragraphs,
    removed: article.removed.map(({ line, why }) => ({ line, why })),
  };
}

function articleLanguage(article: ParsedArticle): string {
  return detectLanguage(`${article.title}\n${article.paragraphs.slice(0, 3).join('\n')}`);
}
