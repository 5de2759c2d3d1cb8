import { createHash } from 'node:crypto';

/** An article as a page's cache key sees it: its id and Astro's digest of its file. */
export interface Versioned {
  id: string;
  entry: { digest?: string | number | undefined };
}

/**
 * The `cacheKey` of a page for Astro's incremental builds (astro.config.mjs): a hash of
 * every article the page shows (by id and file digest) and of what else it depends on
 * (page number, page count, a term). Astro reuses the page's previous output while the key
 * and the page's code are unchanged, so the key must change whenever the page would.
 * Undefined (always render) when an article has no digest to go by.
 */
export function cacheKey(articles: readonly (Versioned | undefined)[], ...context: (string | number)[]): string | undefined {
  const versions: string[] = [];
  for (const article of articles) {
    if (article === undefined) versions.push('');
    else if (article.entry.digest === undefined) return undefined;
    else versions.push(`${article.id}@${article.entry.digest}`);
  }
  return createHash('sha256').update(JSON.stringify([context, versions])).digest('base64url');
}
