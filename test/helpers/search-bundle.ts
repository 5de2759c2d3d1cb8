import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { serveStatic } from '../../e2e/static-server.ts';
import { foldArabic } from '../../src/lib/arabic-search.ts';

export interface SearchQuery {
  term: string | null;
  filters?: Record<string, string[]>;
}

export interface SearchOutcome {
  results: { url: string; score: number; title: string; excerpt: string; filters: Record<string, string[]> }[];
  /** Counts of every filter value among the results. */
  filters: Record<string, Record<string, number>>;
  unfilteredResultCount: number;
}

interface PagefindModule {
  options(options: Record<string, unknown>): Promise<void>;
  mergeIndex(bundlePath: string, options?: Record<string, unknown>): Promise<void>;
  search(term: string | null, options?: { filters?: Record<string, string[]> }): Promise<{
    results: { score: number; data(): Promise<{ url: string; excerpt: string; meta: Record<string, string>; filters: Record<string, string[]> }> }[];
    filters: Record<string, Record<string, number>>;
    unfilteredResultCount: number;
  }>;
  destroy?(): Promise<void>;
}

let instances = 0;

/**
 * Runs queries through a built site's search bundle as the search page does: Pagefind's own
 * pagefind.js (in Node, over HTTP from a local server), merging the shards its shards.json lists
 * and folding Arabic queries (src/scripts/search.ts). `bundle` is the bundle folder under the
 * site: `pagefind` (the first edition's) by default, `ar/pagefind` for the Arabic edition's;
 * result URLs are under the bundle's parent folder, as on the search page.
 */
export async function searchSite(siteDir: string, queries: readonly SearchQuery[], bundle = 'pagefind'): Promise<SearchOutcome[]> {
  const server = await serveStatic(siteDir);
  try {
    // A module instance of its own per call: pagefind.js keeps its indexes in module state.
    instances += 1;
    const pagefind = (await import(`${pathToFileURL(join(siteDir, bundle, 'pagefind.js')).href}?instance=${instances}`)) as PagefindModule;
    const bundlePath = `${server.url}/${bundle}/`;
    const parent = dirname(bundle);
    const baseUrl = parent === '.' ? '/' : `/${parent}/`;
    await pagefind.options({ basePath: bundlePath, baseUrl });
    const manifest = join(siteDir, bundle, 'shards.json');
    const merge = existsSync(manifest) ? (JSON.parse(readFileSync(manifest, 'utf8')) as { merge: string[] }).merge : [];
    for (const shard of merge) await pagefind.mergeIndex(`${bundlePath}${shard}`, { baseUrl });
    const outcomes: SearchOutcome[] = [];
    for (const query of queries) {
      const found = await pagefind.search(query.term === null ? null : foldArabic(query.term), { filters: query.filters ?? {} });
      const results = await Promise.all(
        found.results.map(async (result) => {
          const data = await result.data();
          return { url: data.url, score: result.score, title: data.meta.title ?? '', excerpt: data.excerpt, filters: data.filters };
        }),
      );
      outcomes.push({ results, filters: found.filters, unfilteredResultCount: found.unfilteredResultCount });
    }
    await pagefind.destroy?.();
    return outcomes;
  } finally {
    await server.close();
  }
}
