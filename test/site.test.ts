import { load } from 'cheerio';
import { join } from 'node:path';
import { mkdirSync, writeFileSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { topicSlug } from '../src/lib/slugs.ts';
import { articlesFolder, buildSite, type BuiltSite } from './helpers/build-site.ts';
import { fixture, projectRoot, runImport, sampleDump, scratchDir } from './helpers/run-import.ts';

const first = 'articles/iraqi-american-officials-to-meet-to-discuss-us-troop-withdrawal/';
const second = 'articles/baghdad-urges-washington-to-prevent-imminent-israeli-strikes/';

let articlesDir: string;
let site: BuiltSite;
let arabicSlug: string;

beforeAll(async () => {
  articlesDir = articlesFolder(join(projectRoot, 'content/articles'), join(projectRoot, 'test/fixtures/articles'));
  runImport(['--out', articlesDir, '--date', '2024-11-21', fixture('arabic.txt')]);
  runImport(['--out', articlesDir, '--date', '2024-11-19', fixture('markdown-syntax.txt')]);
  arabicSlug = JSON.parse(runImport(['--json', '--out', articlesDir, fixture('arabic.txt')]).stdout)[0].slug;
  await writePhotoArticle(articlesDir);
  site = buildSite(articlesDir, { TZ: 'Pacific/Honolulu' });
});

/** An article whose front matter names a photo file next to it. */
async function writePhotoArticle(dir: string): Promise<void> {
  const { default: sharp } = await import('sharp');
  mkdirSync(join(dir, 'photos'), { recursive: true });
  await sharp({ create: { width: 1600, height: 900, channels: 3, background: '#8a6d3b' } }).png().toFile(join(dir, 'photos', 'harbour.png'));
  writeFileSync(
    join(dir, 'photo-story.md'),
    [
      '---',
      'title: A Story With a Photo File',
      'slug: photo-story',
      'date: 2024-10-02',
      'lang: en',
      'images:',
      '  - caption: Cranes unload containers at the harbour.',
      '    credit: Reuters',
      '    src: ./photos/harbour.png',
      '    alt: Two cranes over a container ship',
      '---',
      '',
      'The harbour reopened.',
      '',
    ].join('\n'),
  );
}

describe('article page', () => {
  test('has the headline as its only h1, a figure with caption and credit, and the dateline date', () => {
    const $ = load(site.page(first));
    expect($('h1')).toHaveLength(1);
    expect($('h1').text()).toBe('Iraqi, American Officials to Meet to Discuss US Troop Withdrawal');
    const figcaption = $('figure figcaption');
    expect(figcaption.find('.figure__caption').text()).toBe(
      'A troop member of the International Coalition shakes hands with an Iraqi soldier during a military training.',
    );
    expect(figcaption.find('.figure__credit').text()).toContain('CENTCOM file');
    expect($('figure img')).toHaveLength(0);
    const dateline = $('.article__header .dateline time');
    expect(dateline.attr('datetime')).toBe('2024-09-08');
    expect(dateline.text()).toBe('September 8, 2024');
  });

  test('keeps every paragraph of the dump, in order', () => {
    const dump = JSON.parse(runImport(['--json', sampleDump]).stdout) as { paragraphs: string[] }[];
    for (const [index, path] of [first, second].entries()) {
      const $ = load(site.page(path));
      const rendered = $('.article__body p').map((_, p) => $(p).text()).get();
      expect(rendered).toEqual(dump[index]?.paragraphs);
    }
  });

  test('resolves relative weekdays against the publication date', () => {
    const days = (path: string) => load(site.page(path))('.article__body time').map((_, t) => `${load(t).text()}=${t.attribs.datetime}`).get();
    expect(days(first)).toEqual(expect.arrayContaining(['Saturday=2024-09-07', 'Friday=2024-09-06']));
    expect(days(second)).toEqual(expect.arrayContaining(['Wednesday=2024-11-20', 'Thursday=2024-11-21']));
    const saturday = load(site.page(first))('.article__body time[datetime="2024-09-07"]');
    expect(saturday.attr('title')).toBe('Saturday, September 7, 2024');
  });

  test('shows the dateline place in capitals and the byline when the dump has them', () => {
    const $ = load(site.page(`ar/articles/${arabicSlug}/`));
    expect($('.dateline__place').text()).toBe('القاهرة');
    expect($('.article__byline').text()).toBe('الشرق الأوسط');
  });

  test('links newer and older articles and related ones', () => {
    const $ = load(site.page(first));
    expect($('.article-nav a[rel="next"]').attr('href')).toMatch(/^\/articles\/[a-z0-9-]+\/$/);
    expect($('.related li').length).toBeGreaterThan(0);
    expect($('.related li').length).toBeLessThanOrEqual(3);
  });
});

test('a photo file named in the front matter goes through the image pipeline', () => {
  const $ = load(site.page('articles/photo-story/'));
  const img = $('figure img');
  expect(img).toHaveLength(1);
  expect(img.attr('alt')).toBe('Two cranes over a container ship');
  expect(img.attr('src')).toMatch(/\.webp$/);
  expect(img.attr('srcset')).toMatch(/400w.*800w.*1200w/);
  expect(img.attr('width')).toBeTruthy();
  expect(img.attr('height')).toBeTruthy();
  expect($('figure figcaption .figure__credit').text()).toContain('Reuters');
});

describe('untrusted text', () => {
  test('raw HTML, event handlers and javascript: links in an article never become markup', () => {
    const html = site.page('articles/editor-raw-html/');
    const $ = load(html);
    const body = $('.article__body');
    expect(body.find('script, iframe, img, [onerror], [onclick]')).toHaveLength(0);
    expect($('script:not([type="application/ld+json"]), iframe, [onerror], [onclick], [href^="javascript:"]')).toHaveLength(0);
    expect(body.html()).not.toMatch(/<script|<iframe|<img|href="javascript:/i);
    expect(body.find('a[href="https://example.org/report"]')).toHaveLength(1);
    expect(body.find('a[href="mailto:desk@example.org"]')).toHaveLength(1);
    expect(body.text()).toContain('<script>window.__xss(1)</script>');
  });

  test('dump paragraphs that look like Markdown or HTML render as their literal text', () => {
    const $ = load(site.page('articles/text-that-looks-like-markdown/'));
    const paragraphs = $('.article__body p').map((_, p) => $(p).text()).get();
    expect(paragraphs).toContain('- not a list');
    expect(paragraphs).toContain('<script>alert(1)</script>');
    expect(paragraphs).toContain('a link [click](javascript:alert(1)) and [home](https://example.com)');
    expect($('.article__body').find('ul, ol, h1, h2, blockquote, em, strong, code, a, img, script')).toHaveLength(0);
  });
});

describe('language', () => {
  test('an Arabic article reads right to left, with its date in Arabic', () => {
    const $ = load(site.page(`ar/articles/${arabicSlug}/`));
    expect($('html').attr('lang')).toBe('ar');
    expect($('html').attr('dir')).toBe('rtl');
    const date = $('.article__header .dateline time');
    expect(date.attr('datetime')).toBe('2024-11-21');
    expect(date.text()).toBe('21 نوفمبر 2024');
    expect($('.article__body time').attr('datetime')).toBe('2024-11-16');
  });
});

describe('listings', () => {
  test('the index lists published articles newest first, the lead story first', () => {
    const $ = load(site.page(''));
    const titles = $('.card__title').map((_, h) => $(h).text()).get();
    expect(titles[0]).toBe('Baghdad Urges Washington to Prevent ‘Imminent’ Israeli Strikes');
    expect($('.card--lead')).toHaveLength(1);
    expect(titles).not.toContain('A Draft Article');
    expect(titles).not.toContain('An Article Dated in the Future');
    const lead = $('.card--lead');
    expect(lead.find('.card__summary').text()).toMatch(/^Iraqi Prime Minister Mohammed Shia Al-Sudani on Thursday called/);
    expect(lead.find('.card__caption').text()).toContain('Sudani visiting a market in Baghdad on Thursday');
  });

  test('drafts and future articles are not built', () => {
    expect(site.exists('articles/draft-article/')).toBe(false);
    expect(site.exists('articles/future-article/')).toBe(false);
  });

  test('topic, place and agency pages list their articles', () => {
    const topics = load(site.page('topics/'));
    const iraq = topics('a').filter((_, a) => topics(a).text() === 'Iraq');
    expect(iraq.attr('href')).toBe('/topics/iraq/');
    expect(load(site.page('topics/iraq/'))('.card__title').length).toBeGreaterThanOrEqual(2);
    expect(load(site.page('agencies/centcom-file/'))('.card__title').text()).toContain('Iraqi, American Officials');
    const cairo = load(site.page(`ar/places/${topicSlug('القاهرة')}/`));
    expect(cairo('h1').text()).toContain('القاهرة');
    expect(cairo('.card__title').text()).toContain('افتتاح جناح جديد في متحف القاهرة');
  });

  test('a 404 page exists', () => {
    expect(load(site.page('404.html'))('h1').text()).toBe('Page not found');
  });

  test('article, index and topic pages ship no JavaScript', () => {
    for (const path of ['', first, 'topics/', 'topics/iraq/', '404.html']) {
      // JSON-LD is data, not code.
      expect(load(site.page(path))('script:not([type="application/ld+json"])')).toHaveLength(0);
    }
  });
});

test('dates are calendar dates: a build in Tokyo equals a build in Honolulu', () => {
  const handTyped = load(site.page('articles/hand-typed-date/'))('.dateline time');
  expect(handTyped.attr('datetime')).toBe('2024-09-08');
  expect(handTyped.text()).toBe('September 8, 2024');
  const tokyo = buildSite(articlesDir, { TZ: 'Asia/Tokyo' });
  for (const path of ['', first, second, `ar/articles/${arabicSlug}/`, 'articles/hand-typed-date/']) {
    expect(tokyo.page(path)).toBe(site.page(path));
  }
});

test('45 articles make 3 index pages of 20', () => {
  const dir = scratchDir('news-45-');
  mkdirSync(dir, { recursive: true });
  for (let n = 1; n <= 45; n += 1) {
    const day = String(1 + (n % 28)).padStart(2, '0');
    writeFileSync(join(dir, `story-${n}.md`), `---\ntitle: Story number ${n}\nslug: story-${n}\ndate: 2024-03-${day}\nlang: en\n---\n\nParagraph of story ${n}.\n`);
  }
  const built = buildSite(dir);
  expect(load(built.page(''))('.card')).toHaveLength(20);
  expect(load(built.page('page/2/'))('.card')).toHaveLength(20);
  expect(load(built.page('page/3/'))('.card')).toHaveLength(5);
  expect(built.exists('page/4/')).toBe(false);
  const pagination = load(built.page('page/2/'))('.pagination a').map((_, a) => a.attribs.href).get();
  expect(pagination).toEqual(expect.arrayContaining(['/', '/page/3/']));
});
