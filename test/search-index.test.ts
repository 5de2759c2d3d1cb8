import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildSearchIndex, type ShardReport } from '../src/search-index/build.ts';
import { readSearchIndexConfig } from '../src/search-index/config.ts';
import { site } from '../src/site.config.ts';
import { articlesFolder, buildSite } from './helpers/build-site.ts';
import { writeGeneratedArabicArticles, writeGeneratedArticles } from './helpers/fixture-site.ts';
import { fixture, projectRoot, runImport, scratchDir } from './helpers/run-import.ts';
import { searchSite, type SearchOutcome, type SearchQuery } from './helpers/search-bundle.ts';

/**
 * Each edition's bundle (src/search-index/editions.ts) and its queries: words and phrases, with
 * and without filters, and filters alone. The Arabic queries are typed as readers type them
 * (ه for ة, bare alef, no diacritics); the search page folds them (src/lib/arabic-search.ts).
 */
const EDITIONS: { edition: string; bundle: string; queries: SearchQuery[] }[] = [
  {
    edition: 'en',
    bundle: 'pagefind',
    queries: [
      { term: 'withdrawal' },
      { term: 'Beirut' },
      { term: 'traders market' },
      { term: 'freighter' },
      { term: 'customers returned' },
      { term: 'traders', filters: { topic: ['Economy'] } },
      { term: 'officials', filters: { topic: ['Energy'], language: ['English'] } },
      { term: null, filters: { language: ['English'] } },
      { term: null, filters: { topic: ['Culture'] } },
    ],
  },
  {
    edition: 'ar',
    bundle: 'ar/pagefind',
    queries: [
      { term: 'المتحف' },
      { term: 'متحف القاهره' },
      { term: 'الحكومه الاردنيه' },
      { term: 'الأسواق' },
      { term: 'تجار', filters: { 'الموضوع': ['الاقتصاد'] } },
      { term: 'المياه', filters: { 'اللغة': ['العربية'] } },
      { term: 'سفينه الشحن' },
      { term: 'الطرق مفتوحه' },
      { term: null, filters: { 'الموضوع': ['الاقتصاد'] } },
    ],
  },
];
const EDITED = 'articles/sample-story-7/index.html';
const EDITED_ARABIC = 'ar/articles/arabic-bulletin-5/index.html';

const urls = (outcome: SearchOutcome | undefined) => outcome?.results.map((result) => result.url) ?? [];
const indexed = (reports: ShardReport[]) => reports.filter((report) => report.indexed).map((report) => `${report.edition} ${report.name}`);

/**
 * `npm run build` after one edit: Astro's incremental build, then the search index with the
 * shards of the last build kept (src/search-index/). Shards of 8 pages cut each edition's
 * articles (~28 English, ~23 Arabic) into several, as a large archive is.
 */
describe('the search index after a one-edit publish', () => {
  test('re-indexes only the edited shard of the edited edition, and every query of each edition finds what a full rebuild finds', async () => {
    const articles = articlesFolder(join(projectRoot, 'content/articles'));
    cpSync(join(projectRoot, 'test/fixtures/editions'), articles, { recursive: true });
    await writeGeneratedArticles(articles);
    writeGeneratedArabicArticles(articles);
    const imported = runImport(['--out', articles, '--date', '2024-11-21', fixture('arabic.txt')]);
    expect(imported.code, imported.stderr).toBe(0);
    const config = readSearchIndexConfig(join(projectRoot, 'pagefind.yml'));
    const cacheDir = join(projectRoot, 'node_modules/.cache/news-builds', `search-index-${Date.now()}`);
    const outDir = scratchDir('news-site-search-');
    const fullDir = scratchDir('news-site-search-full-');
    const publish = async (siteDir: string, searchCache: string) => buildSearchIndex({ ...config, site: siteDir, editions: site.editions, cacheDir: searchCache, shardPages: 8 });
    const searchEditions = async (siteDir: string, bundle = (edition: (typeof EDITIONS)[number]) => edition.bundle) =>
      Promise.all(EDITIONS.map((edition) => searchSite(siteDir, edition.queries, bundle(edition))));
    try {
      buildSite(articles, { NEWS_CACHE_DIR: cacheDir }, outDir);
      const first = await publish(outDir, join(cacheDir, 'search-index'));
      for (const { edition } of EDITIONS) expect(first.filter((report) => report.edition === edition).length, edition).toBeGreaterThan(2);
      expect(indexed(first)).toEqual(first.map((report) => `${report.edition} ${report.name}`));
      // Each edition's pages are under its folder, and only there.
      expect(first.filter((report) => report.pages.some((page) => page.startsWith('ar/') !== (report.edition === 'ar')))).toEqual([]);

      // An editor rewrites the last paragraph of one English article (its summary and title stay).
      const edited = join(articles, 'sample-story-7.md');
      writeFileSync(edited, readFileSync(edited, 'utf8').replace('customers had returned to the old market', 'a freighter had docked at the harbour'));
      buildSite(articles, { NEWS_CACHE_DIR: cacheDir }, outDir);
      const second = await publish(outDir, join(cacheDir, 'search-index'));
      const editedShard = second.find((report) => report.pages.includes(EDITED));
      expect(indexed(second)).toEqual([`en ${editedShard?.name}`]);
      expect(second.map((report) => `${report.edition} ${report.name}`)).toEqual(first.map((report) => `${report.edition} ${report.name}`));

      // Then the last paragraph of an Arabic one: only its shard of the Arabic bundle is indexed again.
      const editedArabic = join(articles, 'arabic-bulletin-5.md');
      writeFileSync(editedArabic, readFileSync(editedArabic, 'utf8').replace('إذا بقيت الطرق مفتوحة', 'بعد وصول سفينة الشحن'));
      buildSite(articles, { NEWS_CACHE_DIR: cacheDir }, outDir);
      const third = await publish(outDir, join(cacheDir, 'search-index'));
      const editedArabicShard = third.find((report) => report.pages.includes(EDITED_ARABIC));
      expect(indexed(third)).toEqual([`ar ${editedArabicShard?.name}`]);

      // A full rebuild of the same pages, from an empty cache.
      cpSync(outDir, fullDir, { recursive: true });
      for (const { bundle } of EDITIONS) rmSync(join(fullDir, bundle), { recursive: true });
      const full = await publish(fullDir, scratchDir('news-search-cache-'));
      expect(indexed(full)).toHaveLength(full.length);

      const afterEdit = await searchEditions(outDir);
      const rebuilt = await searchEditions(fullDir);
      for (const [e, { edition, queries }] of EDITIONS.entries()) {
        for (const [q, query] of queries.entries()) expect(afterEdit[e]?.[q], `${edition} ${JSON.stringify(query)}`).toEqual(rebuilt[e]?.[q]);
        // Each query finds something, in its edition's folder.
        const empty = queries.filter((_, q) => urls(afterEdit[e]?.[q]).length === 0);
        expect(empty, edition).toEqual([]);
        const prefix = edition === site.editions[0] ? '/articles/' : `/${edition}/articles/`;
        expect(queries.flatMap((_, q) => urls(afterEdit[e]?.[q])).filter((url) => !url.startsWith(prefix)), edition).toEqual([]);
      }

      // The edit is found, the words it removed no longer find that article.
      const english = EDITIONS[0] as (typeof EDITIONS)[number];
      const found = (term: string) => urls(afterEdit[0]?.[english.queries.findIndex((query) => query.term === term)]);
      expect(found('freighter')).toEqual(['/articles/sample-story-7/']);
      expect(found('customers returned')).not.toContain('/articles/sample-story-7/');
      const arabic = EDITIONS[1] as (typeof EDITIONS)[number];
      const foundArabic = (term: string) => urls(afterEdit[1]?.[arabic.queries.findIndex((query) => query.term === term)]);
      expect(foundArabic('سفينه الشحن')).toEqual(['/ar/articles/arabic-bulletin-5/']);
      expect(foundArabic('الطرق مفتوحه')).not.toContain('/ar/articles/arabic-bulletin-5/');
      // Each edition finds only its own language: Arabic words find nothing in the English bundle.
      expect((await searchSite(outDir, [{ term: 'المتحف' }]))[0]?.results).toEqual([]);

      // Merging the shards loses nothing: every page one Pagefind index of the edition finds is found, and
      // filters alone give the same pages and counts. (Ranking differs: each shard scores against its own
      // word statistics; and a shard without a query word matches a shorter prefix of it, so merged
      // results can add low-ranked pages: README, Search.)
      for (const { edition, bundle } of EDITIONS) {
        const folder = join(fullDir, bundle, '..');
        const single = spawnSync(join(projectRoot, 'node_modules/.bin/pagefind'), ['--site', folder, '--glob', config.glob, '--force-language', edition, '--output-subdir', 'pagefind-single'], { cwd: projectRoot, encoding: 'utf8' });
        expect(single.status, single.stderr).toBe(0);
      }
      const oneIndex = await searchEditions(fullDir, ({ bundle }) => join(bundle, '../pagefind-single'));
      for (const [e, { edition, queries }] of EDITIONS.entries()) {
        for (const [q, query] of queries.entries()) {
          const label = `${edition} ${JSON.stringify(query)}`;
          expect(urls(rebuilt[e]?.[q]), label).toEqual(expect.arrayContaining(urls(oneIndex[e]?.[q])));
          expect(urls(oneIndex[e]?.[q]).length, label).toBeGreaterThan(0);
          if (query.term === null) expect({ urls: urls(rebuilt[e]?.[q]).sort(), filters: rebuilt[e]?.[q]?.filters }, label).toEqual({ urls: urls(oneIndex[e]?.[q]).sort(), filters: oneIndex[e]?.[q]?.filters });
        }
      }
    } finally {
      for (const dir of [cacheDir, outDir, fullDir, articles]) rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the editions of the search index', () => {
  const page = (lang: string, date: string, text: string) =>
    `<html lang="${lang}"><head><meta property="article:published_time" content="${date}T00:00:00Z"><title>${text}</title></head><body><article data-pagefind-body><h1>${text}</h1><p>${text}</p></article></body></html>`;
  const writePage = (siteDir: string, path: string, html: string) => {
    mkdirSync(join(siteDir, path, '..'), { recursive: true });
    writeFileSync(join(siteDir, path), html);
  };

  test('each edition reads only its own folder, even with a glob that reaches the others', async () => {
    const siteDir = scratchDir('news-search-editions-');
    writePage(siteDir, 'articles/harbour/index.html', page('en', '2024-10-01', 'Harbour reopens'));
    writePage(siteDir, 'ar/articles/museum/index.html', page('ar', '2024-10-02', 'افتتاح المتحف'));
    const reports = await buildSearchIndex({ site: siteDir, glob: '**/*.html', indexOptions: {}, editions: ['en', 'ar'], cacheDir: scratchDir('news-search-cache-') });
    expect(reports.map((report) => [report.edition, report.pages])).toEqual([
      ['en', ['articles/harbour/index.html']],
      ['ar', ['ar/articles/museum/index.html']],
    ]);
    const [english, arabic] = [await searchSite(siteDir, [{ term: 'harbour' }, { term: 'المتحف' }]), await searchSite(siteDir, [{ term: 'harbour' }, { term: 'المتحف' }], 'ar/pagefind')];
    expect(english.map((outcome) => urls(outcome))).toEqual([['/articles/harbour/'], []]);
    expect(arabic.map((outcome) => urls(outcome))).toEqual([[], ['/ar/articles/museum/']]);
  });

  test('an edition without articles gets an index of no pages, reused by the next build', async () => {
    const siteDir = scratchDir('news-search-editions-');
    const cacheDir = scratchDir('news-search-cache-');
    writePage(siteDir, 'articles/harbour/index.html', page('en', '2024-10-01', 'Harbour reopens'));
    const build = () => buildSearchIndex({ site: siteDir, glob: 'articles/**/*.html', indexOptions: {}, editions: ['en', 'ar'], cacheDir });
    const first = await build();
    expect(first.filter((report) => report.edition === 'ar')).toEqual([{ edition: 'ar', name: 'empty', pages: [], indexed: true }]);
    expect(existsSync(join(siteDir, 'ar/pagefind/pagefind.js'))).toBe(true);
    expect(JSON.parse(readFileSync(join(siteDir, 'ar/pagefind/shards.json'), 'utf8'))).toEqual({ merge: [] });
    expect(JSON.parse(readFileSync(join(siteDir, 'ar/pagefind/pagefind-entry.json'), 'utf8'))).toMatchObject({ languages: {} });
    expect(indexed(await build())).toEqual([]);
  });

  test('a site with no page to index in any edition fails, naming the folder and the glob', async () => {
    const siteDir = scratchDir('news-search-editions-');
    writePage(siteDir, 'about/index.html', '<html><body><p>No article here</p></body></html>');
    await expect(buildSearchIndex({ site: siteDir, glob: 'articles/**/*.html', indexOptions: {}, editions: ['en', 'ar'], cacheDir: scratchDir('news-search-cache-') })).rejects.toThrow(
      `search index: no page under ${siteDir} matching "articles/**/*.html" (in any edition's folder) has a data-pagefind-body element`,
    );
  });
});
