import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildSearchIndex, type ShardReport } from '../src/search-index/build.ts';
import { readSearchIndexConfig } from '../src/search-index/config.ts';
import { articlesFolder, buildSite } from './helpers/build-site.ts';
import { writeGeneratedArticles } from './helpers/fixture-site.ts';
import { fixture, projectRoot, runImport, scratchDir } from './helpers/run-import.ts';
import { searchSite, type SearchQuery } from './helpers/search-bundle.ts';

/** English and Arabic, words and phrases, with and without filters, and filters alone. */
const QUERIES: SearchQuery[] = [
  { term: 'withdrawal' },
  { term: 'Beirut' },
  { term: 'traders market' },
  { term: 'freighter' },
  { term: 'customers returned' },
  { term: 'traders', filters: { topic: ['Economy'] } },
  { term: 'officials', filters: { topic: ['Energy'], language: ['English'] } },
  { term: 'المتحف' },
  { term: 'المتحف', filters: { language: ['Arabic'] } },
  { term: 'المتحف', filters: { language: ['English'] } },
  { term: null, filters: { language: ['English'] } },
  { term: null, filters: { topic: ['Culture'] } },
];
const EDITED = 'articles/sample-story-7/index.html';

/**
 * `npm run build` after one edit: Astro's incremental build, then the search index with the
 * shards of the last build kept (src/search-index/). Shards of 8 pages cut the ~28 articles
 * into several, as a large archive is.
 */
describe('the search index after a one-edit publish', () => {
  test('re-indexes only the edited shard, and every query finds what a full rebuild finds', async () => {
    const articles = articlesFolder(join(projectRoot, 'content/articles'));
    await writeGeneratedArticles(articles);
    const imported = runImport(['--out', articles, '--date', '2024-11-21', fixture('arabic.txt')]);
    expect(imported.code, imported.stderr).toBe(0);
    const config = readSearchIndexConfig(join(projectRoot, 'pagefind.yml'));
    const cacheDir = join(projectRoot, 'node_modules/.cache/news-builds', `search-index-${Date.now()}`);
    const outDir = scratchDir('news-site-search-');
    const fullDir = scratchDir('news-site-search-full-');
    const publish = async (site: string, searchCache: string) => buildSearchIndex({ ...config, site, cacheDir: searchCache, shardPages: 8 });
    const indexed = (reports: ShardReport[]) => reports.filter((report) => report.indexed).map((report) => report.name);
    try {
      buildSite(articles, { NEWS_CACHE_DIR: cacheDir }, outDir);
      const first = await publish(outDir, join(cacheDir, 'search-index'));
      expect(first.length).toBeGreaterThan(3);
      expect(indexed(first)).toEqual(first.map((report) => report.name));

      // An editor rewrites the last paragraph of one article (its summary and title stay).
      const edited = join(articles, 'sample-story-7.md');
      writeFileSync(edited, readFileSync(edited, 'utf8').replace('customers had returned to the old market', 'a freighter had docked at the harbour'));
      buildSite(articles, { NEWS_CACHE_DIR: cacheDir }, outDir);
      const second = await publish(outDir, join(cacheDir, 'search-index'));
      const editedShard = second.find((report) => report.pages.includes(EDITED))?.name;
      expect(indexed(second)).toEqual([editedShard]);
      expect(second.map((report) => report.name)).toEqual(first.map((report) => report.name));

      // A full rebuild of the same pages, from an empty cache.
      cpSync(outDir, fullDir, { recursive: true });
      rmSync(join(fullDir, 'pagefind'), { recursive: true });
      const full = await publish(fullDir, scratchDir('news-search-cache-'));
      expect(indexed(full)).toHaveLength(full.length);

      const afterEdit = await searchSite(outDir, QUERIES);
      const rebuilt = await searchSite(fullDir, QUERIES);
      for (const [index, query] of QUERIES.entries()) expect(afterEdit[index], JSON.stringify(query)).toEqual(rebuilt[index]);

      // The edit is found, the words it removed no longer find that article, and each query finds something.
      const urls = (outcome: (typeof afterEdit)[number] | undefined) => outcome?.results.map((result) => result.url) ?? [];
      expect(urls(afterEdit[QUERIES.findIndex((query) => query.term === 'freighter')])).toEqual(['/articles/sample-story-7/']);
      expect(urls(afterEdit[QUERIES.findIndex((query) => query.term === 'customers returned')])).not.toContain('/articles/sample-story-7/');
      const empty = QUERIES.filter((query, index) => urls(afterEdit[index]).length === 0 && !(query.term === 'المتحف' && query.filters?.language?.[0] === 'English'));
      expect(empty).toEqual([]);

      // Merging the shards loses nothing: every page one Pagefind index of the site finds is found, and
      // filters alone give the same pages and counts. (Ranking differs: each shard scores against its own
      // word statistics; and a shard without a query word matches a shorter prefix of it, so merged
      // results can add low-ranked pages: README, Search.)
      const single = spawnSync(join(projectRoot, 'node_modules/.bin/pagefind'), ['--site', fullDir, '--output-subdir', 'pagefind-single'], { cwd: projectRoot, encoding: 'utf8' });
      expect(single.status, single.stderr).toBe(0);
      const oneIndex = await searchSite(fullDir, QUERIES, 'pagefind-single');
      for (const [index, query] of QUERIES.entries()) {
        expect(urls(rebuilt[index]), JSON.stringify(query)).toEqual(expect.arrayContaining(urls(oneIndex[index])));
        if (query.term === null) expect({ urls: urls(rebuilt[index]).sort(), filters: rebuilt[index]?.filters }).toEqual({ urls: urls(oneIndex[index]).sort(), filters: oneIndex[index]?.filters });
      }
    } finally {
      for (const dir of [cacheDir, outDir, fullDir, articles]) rmSync(dir, { recursive: true, force: true });
    }
  });
});
