import { DEFAULT_EDITION, site } from '../site.config.ts';
import { editionOf, editionPrefix as prefix, isPublishedOn } from './editions.ts';

/**
 * The editions as the sitemap shows them: which pages are the same page in other languages
 * (`<xhtml:link rel="alternate" hreflang>`), and which built pages are not for search
 * engines (old addresses that send readers on, the editions' 404 pages). Pure: the sitemap
 * integration hands in what it read from the article files.
 */

/** What the sitemap knows of an article file (src/data/article-dates.ts). */
export interface ArticleHead {
  slug: string;
  lang: string;
  /** Publication date, YYYY-MM-DD. */
  date?: string;
  lastModified?: string;
  draft: boolean;
  translationOf?: string;
}

export interface EditionsPlan {
  /** Alternates by page path (relative to the base, `ar/articles/x/`): hreflang → path. */
  alternates: Map<string, Record<string, string>>;
  /** Paths of built pages to leave out of the sitemap. */
  excluded: Set<string>;
}

/** The editions of `site.editions`; `today` (YYYY-MM-DD) decides which articles are published, as the archive does. */
export function editionsPlan(heads: readonly ArticleHead[], today: string): EditionsPlan {
  const { editions } = site;
  const alternates = new Map<string, Record<string, string>>();
  const excluded = new Set(editions.filter((edition) => edition !== DEFAULT_EDITION).map((edition) => `${prefix(edition)}404/`));

  // No x-default here: the sitemap package keeps one link per URL, and the default edition's is already listed.
  const link = (paths: Record<string, string>) => {
    if (Object.keys(paths).length < 2) return;
    for (const path of Object.values(paths)) alternates.set(path, paths);
  };
  for (const page of ['', 'topics/', 'search/']) link(Object.fromEntries(editions.map((edition) => [edition, `${prefix(edition)}${page}`])));

  const published = heads.filter((head) => isPublishedOn(head, today));
  const groups = new Map<string, Record<string, string>>();
  for (const head of published) {
    const edition = editionOf(head.lang);
    if (edition !== DEFAULT_EDITION) excluded.add(`articles/${head.slug}/`);
    const key = head.translationOf ?? head.slug;
    groups.set(key, { ...groups.get(key), [edition]: `${prefix(edition)}articles/${head.slug}/` });
  }
  for (const paths of groups.values()) link(paths);
  return { alternates, excluded };
}
