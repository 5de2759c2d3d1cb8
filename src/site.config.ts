import type { ArabicDateSettings } from './lib/dates.ts';

/**
 * The one site configuration. Everything site-specific lives here; components read it.
 * `SITE_URL` and `BASE_PATH` come from the environment so one build can deploy anywhere.
 */
export const site = {
  name: 'The Archive',
  description: 'News from the Middle East and beyond, archived as a fast static site.',
  /** The site's default language; articles carry their own. */
  lang: 'en',
  publisher: {
    name: 'The Archive',
    /** Path under `public/`. */
    logo: 'logo.svg',
  },
  articlesPerPage: 20,
  /** Articles per topic, place and agency page. */
  topicArticlesPerPage: 20,
  /** Publication dates are calendar dates in this zone; "today" for drafts and future articles too. */
  timeZone: 'UTC',
  /** Newest articles in each feed. */
  feedSize: 50,
  /**
   * The editions, one per language, each with its dictionary in src/i18n/. The first is the
   * default: at the site's root, and home to articles in languages without an edition of
   * their own; every other one lives under `/<language>/` (`/ar/`). The pages route the
   * editions themselves (`[...edition]` routes, src/lib/editions.ts), not through Astro's
   * `i18n` setting: nothing read `astro:i18n` or `Astro.currentLocale`, and a build with
   * the setting was byte-identical to one without, so it is not configured.
   */
  editions: ['en', 'ar'],
  /** How the Arabic edition prints dates (and numbers: see `digits`). */
  arabicDates: { months: 'egyptian', digits: 'latin', hijri: true } as ArabicDateSettings,
} as const;

/** An edition's language, e.g. `ar`. */
export type Edition = (typeof site.editions)[number];

/** The default edition: the first in `site.editions`, at the site's root. */
export const DEFAULT_EDITION: Edition = site.editions[0];

/** The deployed origin, e.g. https://news.example.org (no trailing slash needed). */
export function siteUrl(env: Record<string, string | undefined> = process.env): string {
  return env.SITE_URL || 'https://example.org';
}

/** The path the site is served under: `/` at a domain root, `/news/` for a project site. */
export function basePath(env: Record<string, string | undefined> = process.env): string {
  const raw = (env.BASE_PATH ?? '/').trim();
  const trimmed = raw.replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/** Folder of the article Markdown files; the benchmark points it at a scratch folder. */
export function articlesDir(env: Record<string, string | undefined> = process.env): string {
  return env.NEWS_ARTICLES_DIR || './content/articles';
}

/**
 * Astro's cache folder (content store, incremental pages), beside which the build keeps its
 * other caches (article heads, search shards): Astro's default unless NEWS_CACHE_DIR names
 * another (tests and benchmarks, so that their builds do not share the site's).
 */
export function buildCacheDir(env: Record<string, string | undefined> = process.env): string {
  return env.NEWS_CACHE_DIR || 'node_modules/.astro';
}
