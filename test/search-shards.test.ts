import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readSearchIndexConfig } from '../src/search-index/config.ts';
import { editionFolders } from '../src/search-index/editions.ts';
import { describePage, groupByShard, MAX_SHARDS, MIN_SHARD_PAGES, periodOf, planShards, shardKey, shardOrder, shardSize, UNDATED_SHARD, type ShardPage } from '../src/search-index/shards.ts';
import { projectRoot } from './helpers/run-import.ts';

const articlePage = (date: string | null, body = 'Body') =>
  `<html lang="en"><head>${date ? `<meta property="article:published_time" content="${date}">` : ''}</head><body><article data-pagefind-body><p>${body}</p></article></body></html>`;

describe('periodOf', () => {
  test.each([
    ['a dated article', articlePage('2024-10-02'), '2024-10-02'],
    ['an undated article', articlePage(null), UNDATED_SHARD],
    ['a modified time only', '<meta property="article:modified_time" content="2024-10-02">', UNDATED_SHARD],
    ['a date in the text, not the meta tag', '<p>published_time 2024-10-02</p>', UNDATED_SHARD],
  ])('%s', (_, html, period) => {
    expect(periodOf(html)).toBe(period);
  });
});

describe('describePage', () => {
  test('keeps a page that asks to be indexed, with its day and a digest of its HTML', () => {
    const page = describePage('articles/a/index.html', articlePage('2024-10-02'));
    expect(page).toMatchObject({ path: 'articles/a/index.html', period: '2024-10-02' });
    expect(describePage('articles/a/index.html', articlePage('2024-10-02', 'Other'))?.digest).not.toBe(page?.digest);
  });

  test('leaves out a page without data-pagefind-body, as Pagefind does once any page has one', () => {
    expect(describePage('topics/index.html', '<html><body><h1>Topics</h1></body></html>')).toBeNull();
  });
});

describe('shardSize', () => {
  test.each([
    [0, MIN_SHARD_PAGES],
    [MIN_SHARD_PAGES * MAX_SHARDS, MIN_SHARD_PAGES],
    [MIN_SHARD_PAGES * MAX_SHARDS + 1, MIN_SHARD_PAGES * 2],
    [2_000, 512],
    [10_000, 2048],
    [50_000, 16_384],
  ])('%i pages: shards of %i', (pages, size) => {
    expect(shardSize(pages)).toBe(size);
    expect(Math.ceil(pages / size)).toBeLessThanOrEqual(MAX_SHARDS);
  });
});

describe('planShards', () => {
  const days = (...counts: [string, number][]) => new Map(counts);

  test.each([
    ['one day', days(['2024-10-01', 3]), 5, { '2024-10-01': '2024-10-01' }],
    [
      'days fill a shard up to the target, then the next starts',
      days(['2024-10-01', 3], ['2024-10-02', 3], ['2024-10-03', 3], ['2024-10-04', 1]),
      5,
      { '2024-10-01': '2024-10-01', '2024-10-02': '2024-10-01', '2024-10-03': '2024-10-03', '2024-10-04': '2024-10-03' },
    ],
    ['a day larger than the target is a shard of its own', days(['2024-10-01', 9], ['2024-10-02', 1]), 5, { '2024-10-01': '2024-10-01', '2024-10-02': '2024-10-02' }],
    ['days are taken oldest first, whatever the map order', days(['2024-10-02', 5], ['2024-10-01', 5]), 5, { '2024-10-01': '2024-10-01', '2024-10-02': '2024-10-02' }],
    ['undated pages have a shard of their own', days([UNDATED_SHARD, 2], ['2024-10-01', 1]), 5, { '2024-10-01': '2024-10-01', [UNDATED_SHARD]: UNDATED_SHARD }],
  ])('%s', (_, perDay, target, plan) => {
    expect(Object.fromEntries(planShards(perDay, target))).toEqual(plan);
  });

  test('a new article on the newest day leaves every older shard as it was', () => {
    const before = days(['2024-10-01', 5], ['2024-10-02', 5], ['2024-10-03', 2]);
    const after = new Map([...before, ['2024-10-04', 1]]);
    const older = (plan: Map<string, string>) => [...plan].filter(([day]) => day < '2024-10-03');
    expect(older(planShards(after, 5))).toEqual(older(planShards(before, 5)));
  });
});

describe('groupByShard and shardKey', () => {
  const page = (path: string, period: string, digest = 'd'): ShardPage => ({ path, period, digest });
  const pages = [page('articles/c/index.html', '2024-10-02'), page('articles/a/index.html', '2024-10-01'), page('articles/b/index.html', '2024-10-01')];

  test('groups pages by the plan, each shard sorted by path', () => {
    const shards = groupByShard(pages, 2);
    expect([...shards.keys()]).toEqual(['2024-10-01', '2024-10-02']);
    expect(shards.get('2024-10-01')?.map((p) => p.path)).toEqual(['articles/a/index.html', 'articles/b/index.html']);
  });

  test('the key changes with a page, the Pagefind version or the options, and not with the order pages come in', () => {
    const key = shardKey(pages, '1.6.0', { forceLanguage: 'en' });
    expect(shardKey([...pages].reverse(), '1.6.0', { forceLanguage: 'en' })).toBe(key);
    expect(shardKey([...pages.slice(0, 2), page('articles/b/index.html', '2024-10-01', 'edited')], '1.6.0', { forceLanguage: 'en' })).not.toBe(key);
    expect(shardKey(pages, '1.6.1', { forceLanguage: 'en' })).not.toBe(key);
    expect(shardKey(pages, '1.6.0', {})).not.toBe(key);
  });
});

test('shardOrder: the newest shard first (the primary index), undated last', () => {
  expect(shardOrder(['2024-09-01', UNDATED_SHARD, '2024-10-15', '2024-10-01'])).toEqual(['2024-10-15', '2024-10-01', '2024-09-01', UNDATED_SHARD]);
});

describe('editionFolders', () => {
  test.each([
    ['one edition: the whole site', ['en'], [{ edition: 'en', folder: '', exclude: [] }]],
    [
      'two editions: the first at the root without the second\'s folder, the second in its folder',
      ['en', 'ar'],
      [
        { edition: 'en', folder: '', exclude: ['ar/**'] },
        { edition: 'ar', folder: 'ar/', exclude: [] },
      ],
    ],
    [
      'three editions, the first whichever the configuration names first',
      ['ar', 'en', 'fr'],
      [
        { edition: 'ar', folder: '', exclude: ['en/**', 'fr/**'] },
        { edition: 'en', folder: 'en/', exclude: [] },
        { edition: 'fr', folder: 'fr/', exclude: [] },
      ],
    ],
  ])('%s', (_, editions, folders) => {
    expect(editionFolders(editions)).toEqual(folders);
  });

  test('no edition fails, naming the configuration', () => {
    expect(() => editionFolders([])).toThrow('src/site.config.ts: `editions` names no edition');
  });
});

describe('readSearchIndexConfig', () => {
  const configFile = (text: string) => {
    const file = join(mkdtempSync(join(tmpdir(), 'news-pagefind-yml-')), 'pagefind.yml');
    writeFileSync(file, text);
    return file;
  };

  test.each([
    ['an empty file: Pagefind defaults', '', { site: 'dist', glob: '**/*.html', indexOptions: {} }],
    ['site and glob', 'site: out\nglob: "articles/**/*.html"\n', { site: 'out', glob: 'articles/**/*.html', indexOptions: {} }],
    [
      'selectors, characters and index URLs',
      'root_selector: main\nexclude_selectors: [".ad", "nav"]\ninclude_characters: "#"\nkeep_index_url: true\n',
      { site: 'dist', glob: '**/*.html', indexOptions: { rootSelector: 'main', excludeSelectors: ['.ad', 'nav'], includeCharacters: '#', keepIndexUrl: true } },
    ],
  ])('%s', (_, text, config) => {
    expect(readSearchIndexConfig(configFile(text))).toEqual(config);
  });

  test("the project's pagefind.yml is one the builder applies", () => {
    expect(() => readSearchIndexConfig(join(projectRoot, 'pagefind.yml'))).not.toThrow();
  });

  test('a forced language fails, naming the file: each edition is indexed in its own language', () => {
    const file = configFile('force_language: en\n');
    expect(() => readSearchIndexConfig(file)).toThrow(`${file}: "force_language" is set by the search index builder (src/search-index/): each edition's index is in the edition's language`);
  });

  test('a setting the builder does not apply fails, naming the file and the key', () => {
    const file = configFile('site: dist\noutput_subdir: search\n');
    expect(() => readSearchIndexConfig(file)).toThrow(`${file}: the search index builder (src/search-index/) does not apply "output_subdir"`);
  });
});
