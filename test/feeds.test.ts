import { load } from 'cheerio';
import { parseFeed } from 'feedsmith';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import FeedLinks from '../src/components/FeedLinks.astro';
import { parseCalendarDate } from '../src/lib/dates.ts';
import { absolutizeLinks, feedArticles } from '../src/lib/feeds.ts';
import { topicSlug } from '../src/lib/slugs.ts';
import { editionOf } from '../src/i18n/index.ts';
import { articlesFolder, buildSite, type BuiltSite } from './helpers/build-site.ts';
import { fixture, projectRoot, runImport } from './helpers/run-import.ts';

/** One entry of any feed format, as a feed reader sees it after parsing. */
interface ParsedItem {
  title: string | undefined;
  link: string | undefined;
  date: string | undefined;
  html: string;
  categories: string[];
  authors: string[];
  lang: string | undefined;
}

interface ParsedFeed {
  format: string;
  title: string | undefined;
  lang: string | undefined;
  home: string | undefined;
  items: ParsedItem[];
}

/** A front-matter article of the fixture folder, as the tests expect it in the feeds. */
interface FixtureArticle {
  slug: string;
  title: string;
  date: string | undefined;
  tags: string[];
  published: boolean;
  /** Path of the article's edition under the site: `` (English) or `ar/`. */
  edition: string;
}

const FORMATS = { rss: 'rss.xml', atom: 'atom.xml', json: 'feed.json' } as const;
type Format = keyof typeof FORMATS;
const ORIGIN = 'https://news.example.org';

const first = 'iraqi-american-officials-to-meet-to-discuss-us-troop-withdrawal';
const second = 'baghdad-urges-washington-to-prevent-imminent-israeli-strikes';
const special = 'feed-special-characters';
const fillers = 50;

let articlesDir: string;
let arabicSlug: string;
let fixtures: FixtureArticle[];
/** Built at the domain root, with the default SITE_URL. */
let root: BuiltSite;
/** Built as a project site under /news/. */
let project: BuiltSite;

const builds = () => [
  { name: 'at the domain root', site: root, prefix: 'https://example.org/' },
  { name: 'under BASE_PATH=/news/', site: project, prefix: `${ORIGIN}/news/` },
];

beforeAll(() => {
  articlesDir = articlesFolder(join(projectRoot, 'content/articles'), join(projectRoot, 'test/fixtures/articles'));
  runImport(['--out', articlesDir, '--date', '2024-11-21', fixture('arabic.txt')]);
  arabicSlug = JSON.parse(runImport(['--json', '--out', articlesDir, fixture('arabic.txt')]).stdout)[0].slug;
  writeFixtures(articlesDir);
  fixtures = readFixtures(articlesDir);
  root = buildSite(articlesDir);
  project = buildSite(articlesDir, { BASE_PATH: '/news/', SITE_URL: ORIGIN });
});

/** An article with characters that break careless XML, a photo file, a byline and a relative link; one undated; fillers. */
function writeFixtures(dir: string): void {
  writeFileSync(join(dir, 'feed-photo.png'), png(1600, 800));
  writeFileSync(
    join(dir, `${special}.md`),
    [
      '---',
      `title: 'Q&A: <b>Tags</b> & "quotes" ]]> end'`,
      `slug: ${special}`,
      'date: 2024-11-23',
      'lang: en',
      'byline: Desk & <Co>',
      'images:',
      `  - caption: 'A caption with <b>markup</b> & ]]> brackets'`,
      '    credit: AP',
      '    src: ./feed-photo.png',
      'tags:',
      '  - Security',
      '  - Feeds & Syndication',
      '---',
      '',
      'A paragraph with a [relative link](../iraqi-american-officials-to-meet-to-discuss-us-troop-withdrawal/) and text ]]> that ends CDATA.',
      '',
      'A second paragraph, with <script>window.__xss(1)</script> typed as text.',
      '',
    ].join('\n'),
  );
  writeFileSync(join(dir, 'undated-article.md'), '---\ntitle: An Undated Article\nslug: undated-article\nlang: en\ntags:\n  - Security\n---\n\nNo date yet.\n');
  for (let i = 1; i <= fillers; i++) {
    const day = new Date(Date.UTC(2020, 0, i)).toISOString().slice(0, 10);
    writeFileSync(
      join(dir, `filler-${i}.md`),
      `---\ntitle: Filler Number ${i}\nslug: filler-${i}\ndate: ${day}\nlang: en\ntags:\n  - Filler\n---\n\nFiller paragraph ${i}.\n`,
    );
  }
}

function readFixtures(dir: string): FixtureArticle[] {
  const today = new Date().toISOString().slice(0, 10);
  return readdirSync(dir)
    .filter((file) => file.endsWith('.md'))
    .map((file) => {
      const frontMatter = readFileSync(join(dir, file), 'utf8').split(/^---$/mu)[1] ?? '';
      const data = parseYaml(frontMatter) as { slug: string; title: string; date?: string | Date; draft?: boolean; tags?: string[]; lang?: string };
      const date = parseCalendarDate(data.date)?.toISOString().slice(0, 10);
      const edition = editionOf(data.lang ?? 'en') === 'en' ? '' : `${editionOf(data.lang ?? 'en')}/`;
      return { slug: data.slug, title: data.title, date, tags: data.tags ?? [], published: !data.draft && (date === undefined || date <= today), edition };
    });
}

/** What each feed should hold: published, dated articles, newest first, at most 50. */
function expectedIn(articles: FixtureArticle[]): FixtureArticle[] {
  const newestFirst = articles
    .filter((article) => article.published)
    .sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || a.title.localeCompare(b.title));
  return feedArticles(newestFirst.map((article) => ({ ...article, data: { date: article.date ? new Date(article.date) : undefined } })));
}

function readFeed(site: BuiltSite, path: string): ParsedFeed {
  const parsed = parseFeed(readFileSync(join(site.outDir, path), 'utf8'));
  switch (parsed.format) {
    case 'rss': {
      const { feed } = parsed;
      return {
        format: 'rss',
        title: feed.title,
        lang: feed.language,
        home: feed.link,
        items: (feed.items ?? []).map((item) => ({
          title: item.title,
          link: item.link,
          date: item.pubDate,
          html: item.content?.encoded ?? '',
          categories: (item.categories ?? []).map((category) => category.name ?? ''),
          authors: item.dc?.creators ?? [],
          lang: item.dc?.languages?.[0],
        })),
      };
    }
    case 'atom': {
      const { feed } = parsed;
      return {
        format: 'atom',
        title: feed.title?.value,
        lang: feed.xml?.lang,
        home: feed.links?.find((link) => link.rel === 'alternate')?.href,
        items: (feed.entries ?? []).map((entry) => ({
          title: entry.title?.value,
          link: entry.links?.find((link) => link.rel === 'alternate')?.href,
          date: entry.published,
          html: entry.content?.value ?? '',
          categories: (entry.categories ?? []).map((category) => category.term ?? ''),
          authors: (entry.authors ?? []).map((author) => author.name ?? ''),
          lang: entry.xml?.lang,
        })),
      };
    }
    case 'json': {
      const { feed } = parsed;
      return {
        format: 'json',
        title: feed.title,
        lang: feed.language,
        home: feed.home_page_url,
        items: (feed.items ?? []).map((item) => ({
          title: item.title,
          link: item.url,
          date: item.date_published,
          html: item.content_html ?? '',
          categories: item.tags ?? [],
          authors: (item.authors ?? []).map((author) => author.name ?? ''),
          lang: item.language,
        })),
      };
    }
    default:
      throw new Error(`${path}: unexpected feed format ${parsed.format}`);
  }
}

const isoDay = (date: string | undefined) => (date ? new Date(date).toISOString().slice(0, 10) : undefined);
const itemFor = (feed: ParsedFeed, prefix: string, slug: string) => feed.items.find((item) => item.link === `${prefix}articles/${slug}/`);
/** The English edition's articles: the site feed's. */
const english = () => fixtures.filter((article) => article.edition === '');

describe.each(Object.entries(FORMATS) as [Format, string][])('%s feed', (format, file) => {
  test('is detected as its format and holds the newest 50 dated articles with title, absolute link and date, newest first', () => {
    const expected = expectedIn(english());
    expect(expected).toHaveLength(50);
    for (const { site, prefix } of builds()) {
      const feed = readFeed(site, file);
      expect(feed.format).toBe(format);
      expect(feed.title).toBe('The Archive');
      expect(feed.lang).toBe('en');
      expect(feed.home).toBe(prefix);
      expect(feed.items.map((item) => item.link)).toEqual(expected.map((article) => `${prefix}articles/${article.slug}/`));
      for (const [index, item] of feed.items.entries()) {
        expect(item.title).toBe(expected[index]?.title);
        expect(isoDay(item.date)).toBe(expected[index]?.date);
      }
    }
  });

  test('has every published article of its edition that is not a filler, and no draft, future or undated one', () => {
    for (const { site, prefix } of builds()) {
      const links = readFeed(site, file).items.map((item) => item.link);
      for (const slug of [first, second, special, 'editor-raw-html']) expect(links).toContain(`${prefix}articles/${slug}/`);
      for (const slug of ['draft-article', 'future-article', 'undated-article', 'filler-1', arabicSlug]) expect(links).not.toContain(`${prefix}articles/${slug}/`);
      expect(readFeed(site, `ar/${file}`).items.map((item) => item.link)).toEqual([`${prefix}ar/articles/${arabicSlug}/`]);
    }
  });

  test('content is the article body as the page shows it, with the photo caption and credit, and no script', () => {
    for (const { site, prefix } of builds()) {
      for (const [edition, slug] of [['', first], ['', second], ['', special], ['ar/', arabicSlug], ['', 'editor-raw-html']] as const) {
        const item = itemFor(readFeed(site, `${edition}${file}`), `${prefix}${edition}`, slug);
        expect(item, slug).toBeDefined();
        const page = load(site.page(`${edition}articles/${slug}/`));
        const content = load(item?.html ?? '', null, false);
        const paragraphs = (doc: ReturnType<typeof load>, selector: string) => doc(selector).map((_, p) => doc(p).text()).get();
        expect(paragraphs(content, 'p')).toEqual(paragraphs(page, '.article__body p'));
        expect(paragraphs(content, 'p').length).toBeGreaterThan(0);
        expect(content('figcaption').map((_, f) => content(f).contents().first().text().trim()).get()).toEqual(
          page('.figure__caption').map((_, c) => page(c).text()).get(),
        );
        expect(item?.html).not.toMatch(/<script|<iframe/iu);
        expect(content('script, iframe, object, embed, [onerror], [onclick], [href^="javascript:"], [src^="javascript:"]')).toHaveLength(0);
        expect(item?.categories.length).toBeGreaterThan(0);
      }
      const withCredit = load(itemFor(readFeed(site, file), prefix, first)?.html ?? '', null, false);
      expect(withCredit('figcaption').text()).toBe(
        'A troop member of the International Coalition shakes hands with an Iraqi soldier during a military training. Photo: CENTCOM file',
      );
    }
  });

  test('keeps markup-like text as text, resolves relative links and links the photo file absolutely', () => {
    for (const { site, prefix } of builds()) {
      const item = itemFor(readFeed(site, file), prefix, special);
      expect(item?.title).toBe('Q&A: <b>Tags</b> & "quotes" ]]> end');
      expect(item?.categories).toEqual(['Security', 'Feeds & Syndication']);
      expect(item?.authors).toEqual(['Desk & <Co>']);
      const content = load(item?.html ?? '', null, false);
      expect(content('figcaption').text()).toBe('A caption with <b>markup</b> & ]]> brackets Photo: AP');
      expect(content('figcaption b')).toHaveLength(0);
      expect(content('p').first().text()).toContain('text ]]> that ends CDATA');
      expect(content('p').last().text()).toContain('<script>window.__xss(1)</script>');
      expect(content('a').attr('href')).toBe(`${prefix}articles/${first}/`);
      const img = content('figure img');
      expect(img.attr('alt')).toBe('A caption with <b>markup</b> & ]]> brackets');
      expect(img.attr('width')).toBe('1200');
      const src = img.attr('src') ?? '';
      expect(src.startsWith(`${prefix}_astro/`), src).toBe(true);
      expect(existsSync(join(site.outDir, src.slice(prefix.length)))).toBe(true);
    }
  });

  test('the Arabic edition\'s feed is in Arabic and carries the byline of its article', () => {
    for (const { site, prefix } of builds()) {
      const feed = readFeed(site, `ar/${file}`);
      expect(feed.lang).toBe('ar');
      expect(feed.title).toBe('الأرشيف');
      expect(feed.home).toBe(`${prefix}ar/`);
      const item = itemFor(feed, `${prefix}ar/`, arabicSlug);
      expect(item?.authors).toEqual(['الشرق الأوسط']);
      // In a feed of its own language the body needs no <div lang dir> of its own.
      const content = load(item?.html ?? '', null, false);
      expect(content('div[lang]')).toHaveLength(0);
      expect(content('p').length).toBeGreaterThan(0);
    }
  });

  test('topic feeds exist for every topic and hold only, and all of, its newest 50 dated articles', () => {
    // Each edition has its own topics: keyed by edition path and slug, `ar/alqahrt`.
    const topics = new Map<string, { name: string; edition: string; slug: string; articles: FixtureArticle[] }>();
    for (const article of fixtures) {
      for (const tag of new Set(article.tags.map(topicSlug))) {
        const key = `${article.edition}${tag}`;
        const topic = topics.get(key) ?? { name: article.tags.find((name) => topicSlug(name) === tag) ?? tag, edition: article.edition, slug: tag, articles: [] };
        topic.articles.push(article);
        topics.set(key, topic);
      }
    }
    expect([...topics.keys()]).toEqual(expect.arrayContaining(['iraq', 'security', 'filler', 'feeds-and-syndication', `ar/${topicSlug('القاهرة')}`]));
    for (const { site, prefix } of builds()) {
      for (const { name, edition, slug, articles } of topics.values()) {
        if (!articles.some((article) => article.published)) continue;
        const feed = readFeed(site, `${edition}topics/${slug}/${file}`);
        expect(feed.format).toBe(format);
        expect(feed.title).toBe(`${edition === '' ? 'The Archive' : 'الأرشيف'}: ${name}`);
        expect(feed.home).toBe(`${prefix}${edition}topics/${slug}/`);
        const links = feed.items.map((item) => item.link);
        expect(links, slug).toEqual(expectedIn(articles).map((article) => `${prefix}${edition}articles/${article.slug}/`));
        for (const item of feed.items) expect(item.categories.map(topicSlug)).toContain(slug);
      }
    }
    // A topic feed is capped like the site feed.
    expect(readFeed(project, `topics/filler/${file}`).items).toHaveLength(50);
  });
});

describe('feed documents', () => {
  test('announce themselves (self links) and their language', () => {
    for (const { site, prefix } of builds()) {
      const rss = parseFeed(readFileSync(join(site.outDir, 'rss.xml'), 'utf8'));
      const atom = parseFeed(readFileSync(join(site.outDir, 'topics/iraq/atom.xml'), 'utf8'));
      const json = parseFeed(readFileSync(join(site.outDir, 'feed.json'), 'utf8'));
      if (rss.format !== 'rss' || atom.format !== 'atom' || json.format !== 'json') throw new Error('wrong formats');
      expect(rss.feed.language).toBe('en');
      expect(rss.feed.atom?.links?.find((link) => link.rel === 'self')?.href).toBe(`${prefix}rss.xml`);
      expect(atom.feed.id).toBe(`${prefix}topics/iraq/atom.xml`);
      expect(atom.feed.links?.find((link) => link.rel === 'self')?.href).toBe(`${prefix}topics/iraq/atom.xml`);
      expect(atom.feed.xml?.lang).toBe('en');
      expect(atom.feed.updated).toBe('2024-11-22T00:00:00.000Z');
      expect(json.feed.feed_url).toBe(`${prefix}feed.json`);
      expect(JSON.parse(readFileSync(join(site.outDir, 'feed.json'), 'utf8')).version).toBe('https://jsonfeed.org/version/1.1');
    }
  });
});

describe('FeedLinks', () => {
  test('links the site feeds, and a topic’s feeds first when given a topic', async () => {
    const container = await AstroContainer.create();
    const links = async (props: Record<string, unknown>) => {
      const $ = load(await container.renderToString(FeedLinks, { props }), null, false);
      return $('link[rel="alternate"]').map((_, link) => `${link.attribs.type} ${link.attribs.title} ${new URL(link.attribs.href ?? '').pathname}`).get();
    };
    const site = ['application/rss+xml The Archive (RSS) /rss.xml', 'application/atom+xml The Archive (Atom) /atom.xml', 'application/feed+json The Archive (JSON Feed) /feed.json'];
    expect(await links({})).toEqual(site);
    expect(await links({ topic: 'United States' })).toEqual([
      'application/rss+xml The Archive: United States (RSS) /topics/united-states/rss.xml',
      'application/atom+xml The Archive: United States (Atom) /topics/united-states/atom.xml',
      'application/feed+json The Archive: United States (JSON Feed) /topics/united-states/feed.json',
      ...site,
    ]);
  });
});

describe('absolutizeLinks', () => {
  test('resolves relative href and cite against the article, leaves absolute ones and text alone', () => {
    const base = 'https://news.example.org/news/articles/a/';
    expect(absolutizeLinks('<p><a href="../b/">b</a> href="../c/" <a href="https://x.org/">x</a> <a href="mailto:d@x.org">m</a></p>', base)).toBe(
      '<p><a href="https://news.example.org/news/articles/b/">b</a> href="../c/" <a href="https://x.org/">x</a> <a href="mailto:d@x.org">m</a></p>',
    );
    expect(absolutizeLinks('<blockquote cite="#note"><p>q</p></blockquote>', base)).toBe(`<blockquote cite="${base}#note"><p>q</p></blockquote>`);
  });
});

/** A valid grey PNG of the given size, so the image pipeline has a real photo to resize. */
function png(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.writeUInt8(8, 8); // bit depth
  header.writeUInt8(0, 9); // greyscale
  const row = Buffer.alloc(width + 1, 0x80);
  row[0] = 0; // filter: none
  const pixels = deflateSync(Buffer.concat(Array.from({ length: height }, () => row)));
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', pixels), chunk('IEND', Buffer.alloc(0))]);
}
