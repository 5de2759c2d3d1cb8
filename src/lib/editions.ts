import { DEFAULT_EDITION, site, type Edition } from '../site.config.ts';
import { primaryLanguage } from './language.ts';

/**
 * The editions as plain functions of the site configuration, free of Astro's environment so
 * that the Astro config (the sitemap) uses the same rules as the pages.
 */

/** The edition an article of language `lang` belongs to: `ar-SA` → `ar`; a language without one → the default. */
export function editionOf(lang: string): Edition {
  const primary = primaryLanguage(lang);
  return site.editions.find((edition) => edition === primary) ?? DEFAULT_EDITION;
}

/** Where an edition's pages live under the base: `` for the default edition, `ar/` for the others. */
export function editionPrefix(edition: string): string {
  return edition === DEFAULT_EDITION ? '' : `${edition}/`;
}

/**
 * The same page in every edition, by edition, for `hreflang` alternates:
 * `editionAlternates(topicsUrl)` → `{ en: '/topics/', ar: '/ar/topics/' }`.
 */
export function editionAlternates(urlFor: (edition: Edition) => string): Record<Edition, string> {
  return Object.fromEntries(site.editions.map((edition) => [edition, urlFor(edition)])) as Record<Edition, string>;
}

/** Whether an article is on the site `today` (YYYY-MM-DD): not a draft, and not dated after today. */
export function isPublishedOn(article: { draft: boolean; date?: string | undefined }, today: string): boolean {
  return !article.draft && (article.date === undefined || article.date <= today);
}
