import { sha256Base64url } from './hash.ts';

/** An article as a page's cache key sees it: a string that changes whenever anything the page shows of it does. */
export interface Versioned {
  version: string | undefined;
}

/**
 * The `cacheKey` of a page for Astro's incremental builds (astro.config.mjs): a hash of the
 * versions of every article the page shows and of what else it depends on (page number,
 * page count, a term). Astro reuses the page's previous output while the key and the page's
 * code are unchanged, so the key must change whenever the page would. Undefined (always
 * render) when an article has no version to go by.
 */
export function cacheKey(articles: readonly (Versioned | undefined)[], ...context: (string | number)[]): string | undefined {
  const versions: string[] = [];
  for (const article of articles) {
    if (article === undefined) versions.push('');
    else if (article.version === undefined) return undefined;
    else versions.push(article.version);
  }
  return sha256Base64url(JSON.stringify([context, versions]));
}
