import { getCollection, type CollectionEntry } from 'astro:content';
import { todayIn, toIsoDate } from '../lib/dates.ts';
import { relatedArticles } from '../lib/related.ts';
import { byPopularity, groupByTerm, type Term } from '../lib/taxonomy.ts';
import { editionOf, isPublishedOn } from '../lib/editions.ts';
import { DEFAULT_EDITION, site, type Edition } from '../site.config.ts';
import { readArticleHtml } from './article-html.ts';
import { linkTranslations } from './translations.ts';

export type ArticleEntry = CollectionEntry<'articles'>;

/** An article with what every listing needs, computed once per build. */
export interface Article {
  id: string;
  entry: ArticleEntry;
  data: ArticleEntry['data'];
  summary: string;
  readingMinutes: number;
  /**
   * Changes whenever anything a page shows of the article does: its file, the code that
   * stored it, its photo files. Pages' incremental-build cache keys are made of these.
   */
  version: string | undefined;
  /** Photo credits, for agency pages. */
  agencies: string[];
  /** The edition that lists it: its language's, or the default one. */
  edition: Edition;
  /** The same article in other editions, linked by an editor (`translationOf`). */
  translations: Article[];
}

/** An edition's archive as its pages see it: its published articles newest first, and their groupings. */
export interface Archive {
  edition: Edition;
  articles: Article[];
  byId: Map<string, Article>;
  related: Map<string, Article[]>;
  topics: Term<Article>[];
  places: Term<Article>[];
  agencies: Term<Article>[];
}

let everything: Promise<Article[]> | undefined;
const editions = new Map<Edition, Promise<Archive>>();

/** Every published article of every edition, newest first, loaded once per build. */
export function loadAllArticles(): Promise<Article[]> {
  everything ??= buildAllArticles();
  return everything;
}

/** An edition's archive (the default edition's without an argument), loaded once per build; every page shares it. */
export function loadArchive(edition: Edition = DEFAULT_EDITION): Promise<Archive> {
  let archive = editions.get(edition);
  if (!archive) {
    archive = loadAllArticles().then((articles) => buildArchive(edition, articles.filter((article) => article.edition === edition)));
    editions.set(edition, archive);
  }
  return archive;
}

async function buildAllArticles(): Promise<Article[]> {
  const today = todayIn(site.timeZone);
  const entries = await getCollection('articles');
  const articles = entries.filter((entry) => isPublished(entry, today)).sort(newestFirst).map(toArticle);
  linkTranslations(entries, articles);
  return articles;
}

function buildArchive(edition: Edition, articles: Article[]): Archive {
  return {
    edition,
    articles,
    byId: new Map(articles.map((article) => [article.id, article])),
    related: relatedArticles(articles, (article) => ({ topics: article.data.tags, place: article.data.dateline })),
    topics: byPopularity(groupByTerm(articles, (article) => article.data.tags)),
    places: byPopularity(groupByTerm(articles, (article) => [article.data.dateline])),
    agencies: byPopularity(groupByTerm(articles, (article) => article.agencies)),
  };
}

/** Drafts and articles dated after today are left out of production builds, shown in dev. */
function isPublished(entry: ArticleEntry, today: string): boolean {
  if (import.meta.env.DEV) return true;
  return isPublishedOn({ draft: entry.data.draft, date: entry.data.date && toIsoDate(entry.data.date) }, today);
}

/** Newest first; undated articles last, in title order. */
function newestFirst(a: ArticleEntry, b: ArticleEntry): number {
  const dateA = a.data.date?.getTime() ?? -Infinity;
  const dateB = b.data.date?.getTime() ?? -Infinity;
  return dateB - dateA || a.data.title.localeCompare(b.data.title) || a.id.localeCompare(b.id);
}

function toArticle(entry: ArticleEntry): Article {
  return {
    id: entry.id,
    entry,
    data: entry.data,
    summary: entry.data.summary ?? '',
    readingMinutes: entry.data.readingMinutes ?? 1,
    version: articleVersion(entry),
    agencies: [...new Set(entry.data.images.map((image) => image.credit).filter((credit): credit is string => Boolean(credit)))],
    edition: editionOf(entry.data.lang),
    translations: [],
  };
}

/** The article's body as the site's Markdown pipeline rendered and sanitized it. */
export function articleBodyHtml(article: Article): string {
  const file = article.data.bodyHtmlFile;
  return file ? readArticleHtml(file, article.id) : '';
}

function articleVersion(entry: ArticleEntry): string | undefined {
  if (entry.digest === undefined || entry.data.storeVersion === undefined) return undefined;
  // A photo's URL carries a hash of the file: a photo replaced under the same name changes it.
  return [entry.id, entry.digest, entry.data.storeVersion, ...entry.data.images.map((image) => image.src?.src ?? '')].join('|');
}
