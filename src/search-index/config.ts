/** The search index's settings, read from pagefind.yml: the one place they are written. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PagefindServiceConfig } from 'pagefind';
import { parse } from 'yaml';

export interface SearchIndexConfig {
  /** The built site's folder. */
  site: string;
  /** Which HTML files of each edition are read, relative to the edition's folder (`site` or `site/ar/`). */
  glob: string;
  /** The options handed to Pagefind's indexer. */
  indexOptions: PagefindServiceConfig;
}

/** pagefind.yml keys and the indexer options they stand for. */
const INDEX_OPTIONS = {
  root_selector: 'rootSelector',
  exclude_selectors: 'excludeSelectors',
  keep_index_url: 'keepIndexUrl',
  include_characters: 'includeCharacters',
} as const satisfies Record<string, keyof PagefindServiceConfig>;

const LOCATION_KEYS = ['site', 'glob'];

/** Keys the builder sets itself, and why a value in pagefind.yml would be wrong. */
const SET_BY_THE_BUILDER: Record<string, string> = {
  force_language: "each edition's index is in the edition's language (src/site.config.ts `editions`)",
};

/**
 * The settings in a pagefind.yml. A key this builder does not apply fails with a message
 * naming the file and the key, instead of being ignored.
 */
export function readSearchIndexConfig(file: string): SearchIndexConfig {
  const raw: unknown = parse(readFileSync(file, 'utf8')) ?? {};
  if (typeof raw !== 'object' || Array.isArray(raw)) throw new Error(`${file}: expected a mapping of Pagefind settings`);
  const settings = raw as Record<string, unknown>;
  const indexOptions: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(settings)) {
    if (LOCATION_KEYS.includes(key)) continue;
    if (key in SET_BY_THE_BUILDER) throw new Error(`${file}: "${key}" is set by the search index builder (src/search-index/): ${SET_BY_THE_BUILDER[key]}`);
    const option = INDEX_OPTIONS[key as keyof typeof INDEX_OPTIONS];
    if (!option) throw new Error(`${file}: the search index builder (src/search-index/) does not apply "${key}"; supported: ${[...LOCATION_KEYS, ...Object.keys(INDEX_OPTIONS)].join(', ')}`);
    indexOptions[option] = value;
  }
  return {
    site: typeof settings.site === 'string' ? settings.site : 'dist',
    glob: typeof settings.glob === 'string' ? settings.glob : '**/*.html',
    indexOptions: indexOptions as PagefindServiceConfig,
  };
}

/**
 * Where the search index keeps its shards between builds: beside Astro's own build cache
 * (`buildCacheDir()`, or the one a test or the benchmark sets), so that deleting that cache
 * makes a cold build of both.
 */
export function searchIndexCacheDir(buildCache: string): string {
  return join(buildCache, 'search-index');
}
