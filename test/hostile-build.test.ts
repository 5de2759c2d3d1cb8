import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { load } from 'cheerio';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildSite, type BuiltSite } from './helpers/build-site.ts';
import { projectRoot, scratchDir } from './helpers/run-import.ts';
import { serveStatic } from '../e2e/static-server.ts';
import { browserLaunchOptions } from '../e2e/browser.ts';

/**
 * Hand-edited articles an editor might get wrong. A mistake fails the build with a message
 * naming the file and the field; each failing case needs a build of its own (a build stops at
 * its first error), so they are few and tiny. Everything that must build is in one build.
 */

/** An article file: front matter lines and a body. */
function article(front: Record<string, string>, body = 'Officials met to discuss the plan.'): string {
  const lines = Object.entries(front).map(([key, value]) => `${key}: ${value}`);
  return `---\n${lines.join('\n')}\n---\n\n${body}\n`;
}

const good = article({ title: 'Talks Resume in Doha', slug: 'talks-resume-in-doha', date: '2024-09-08' });

/** Builds a folder holding `good` and the given files; returns what the failed build printed. */
async function failedBuild(files: Record<string, string | Buffer>, prepare?: (dir: string) => void): Promise<string> {
  const dir = scratchDir('news-hostile-');
  prepare?.(dir);
  writeFileSync(join(dir, 'talks-resume-in-doha.md'), good);
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  try {
    buildSite(dir);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('the build succeeded');
}

async function png(): Promise<Buffer> {
  const { default: sharp } = await import('sharp');
  return sharp({ create: { width: 40, height: 30, channels: 3, background: '#336699' } }).png().toBuffer();
}

describe('an editor’s mistake fails the build, naming the file and the field', () => {
  test('Markdown nested thousands of levels deep: the body, not an empty page', async () => {
    const log = await failedBuild({ 'deep.md': article({ title: 'Deep', slug: 'deep', date: '2024-09-08' }, `${'>'.repeat(5_000)} deep`) });
    expect(log).toMatch(/deep\.md: body: could not be rendered, so the article would be published empty \(.*Markdown nested more than 500 levels deep/u);
  }, 120_000);

  test('a date that does not exist is not rolled over to the next month', async () => {
    const log = await failedBuild({ 'leap.md': article({ title: 'Leap', slug: 'leap', date: '2024-02-30' }) });
    expect(log).toMatch(/leap\.md: .*\n\s*date: must be a real calendar date written YYYY-MM-DD, with a four-digit year, not "2024-02-30"/u);
  }, 120_000);

  test('two files with one slug: both named', async () => {
    const log = await failedBuild({ 'copy.md': good });
    expect(log).toMatch(/copy\.md: slug: "talks-resume-in-doha" is already the slug of .*talks-resume-in-doha\.md|talks-resume-in-doha\.md: slug: "talks-resume-in-doha" is already the slug of .*copy\.md/u);
  }, 120_000);

  test('a photo outside the article’s folder', async () => {
    const photo = await png();
    // The photo exists, one level up: the build could read it, and must not publish it.
    const log = await failedBuild({
      'section/story.md': article({ title: 'Story', slug: 'story', date: '2024-09-08', images: '\n  - caption: A photo\n    src: ../outside.png' }),
      'outside.png': photo,
    });
    expect(log).toMatch(/story\.md: .*\n\s*images\.0\.src: must be a file next to the article, such as \.\/photo\.jpg, not "\.\.\/outside\.png"/u);
  }, 120_000);

  test('a symbolic link out of the article’s folder', async () => {
    const dir = scratchDir('news-hostile-outside-');
    writeFileSync(join(dir, 'secret.png'), await png());
    const log = await failedBuild({ 'story.md': article({ title: 'Story', slug: 'story', date: '2024-09-08', images: '\n  - caption: A photo\n    src: ./photo.png' }) }, (articles) =>
      symlinkSync(join(dir, 'secret.png'), join(articles, 'photo.png')),
    );
    expect(log).toMatch(/story\.md: images\.0\.src: "\.\/photo\.png" leads out of the article's folder/u);
  }, 120_000);

  test('an SVG photo, even under another name', async () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="30"><script>alert(1)</script><rect width="40" height="30"/></svg>';
    const log = await failedBuild({
      'story.md': article({ title: 'Story', slug: 'story', date: '2024-09-08', images: '\n  - caption: A photo\n    src: ./photo.png' }),
      'photo.png': svg,
    });
    expect(log).toMatch(/story\.md: images\.0\.src: "\.\/photo\.png" is not a JPEG, PNG, GIF, WebP, AVIF or TIFF image by its content/u);
  }, 120_000);
});

/** A topic an editor typed with markup in it, as text and as character references. */
const HOSTILE_TOPICS = ['<img src=x onerror=window.__xss(1)>Energy', '&lt;b onmouseover=window.__xss(2)&gt;Trade', 'Arts & Culture'];

describe('what builds: hostile but valid articles', () => {
  let site: BuiltSite;
  let filterValues: Record<string, string[]>;

  beforeAll(async () => {
    const dir = scratchDir('news-hostile-ok-');
    writeFileSync(join(dir, 'talks-resume-in-doha.md'), good);
    writeFileSync(
      join(dir, 'tagged.md'),
      article({ title: 'Tagged Story', slug: 'tagged-story', date: '2024-09-09', tags: `\n${HOSTILE_TOPICS.map((topic) => `  - ${JSON.stringify(topic)}`).join('\n')}` }),
    );
    // A paragraph repeating a weekday phrase thousands of times, and one of very short sentences.
    writeFileSync(
      join(dir, 'long-paragraphs.md'),
      article({ title: 'Long Paragraphs', slug: 'long-paragraphs', date: '2024-09-10' }, `${'The minister said on Monday that '.repeat(2_000)}\n\n${'a. '.repeat(50_000)}`),
    );
    site = buildSite(dir);
    // The search index as `npm run build` makes it (src/search-index/), with a cache of its own.
    const index = spawnSync(process.execPath, [join(projectRoot, 'src/search-index/cli.ts'), '--site', site.outDir, '--cache', scratchDir('news-hostile-search-')], { cwd: projectRoot, encoding: 'utf8' });
    expect(index.status, index.stderr).toBe(0);
    filterValues = {};
    const fragments = join(site.outDir, 'pagefind/fragment');
    for (const name of readdirSync(fragments)) {
      const json = gunzipSync(readFileSync(join(fragments, name))).toString('utf8').replace(/^pagefind_dcd/u, '');
      const { filters } = JSON.parse(json) as { filters: Record<string, string[]> };
      for (const [filter, values] of Object.entries(filters)) filterValues[filter] = [...(filterValues[filter] ?? []), ...values];
    }
  }, 300_000);

  test('search filter values hold nothing Pagefind’s UI would render as markup', () => {
    expect(filterValues.topic).toEqual(
      expect.arrayContaining(['‹img src=x onerror=window.__xss(1)›Energy', '＆lt;b onmouseover=window.__xss(2)＆gt;Trade', 'Arts & Culture']),
    );
    for (const value of Object.values(filterValues).flat()) expect(value).not.toMatch(/[<>]|&[#\p{L}\p{N}]/u);
  });

  test('the topic links on the article page show the names as written, as text, and file the filter panel\'s values', () => {
    const $ = load(site.page('articles/tagged-story/'));
    const links = $('.term-links [data-pagefind-filter="topic[data-filter-value]"]');
    expect(links.map((_, element) => $(element).text().trim()).get().toSorted()).toEqual(HOSTILE_TOPICS.toSorted());
    expect(links.map((_, element) => $(element).attr('data-filter-value')).get().toSorted()).toEqual(filterValues.topic?.toSorted());
    expect($('img, b')).toHaveLength(0);
  });

  test('in a browser with the policy removed, the filter panel shows the topics as text and runs nothing', async () => {
    // Without the CSP: the values themselves must be harmless, not merely blocked.
    const searchPage = join(site.outDir, 'search/index.html');
    writeFileSync(searchPage, readFileSync(searchPage, 'utf8').replace(/<meta http-equiv="content-security-policy"[^>]*>/u, ''));
    const server = await serveStatic(site.outDir);
    const browser = await chromium.launch(browserLaunchOptions());
    try {
      const page = await browser.newPage();
      const fired: string[] = [];
      await page.exposeFunction('__reportXss', (what: string) => fired.push(what));
      await page.addInitScript(() => {
        (window as unknown as { __xss: (id: unknown) => void }).__xss = (id) =>
          (window as unknown as { __reportXss: (what: string) => void }).__reportXss(String(id));
      });
      await page.goto(`${server.url}/search/?q=officials`);
      const labels = page.locator('.pagefind-ui__filter-label');
      await labels.first().waitFor({ state: 'attached', timeout: 20_000 });
      const texts = await labels.allTextContents();
      expect(texts.join('\n')).toContain('‹img src=x onerror=window.__xss(1)›Energy');
      expect(await page.locator('.pagefind-ui__filter-panel img, .pagefind-ui__filter-panel b, .pagefind-ui__filters img').count()).toBe(0);
      await page.locator('.pagefind-ui__filter-label').evaluateAll((elements) => {
        for (const element of elements) element.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
      });
      await page.waitForTimeout(300);
      expect(fired).toEqual([]);
    } finally {
      await browser.close();
      await server.close();
    }
  }, 120_000);

  test('a 66 KB weekday paragraph and a 150 KB paragraph of short sentences build, every weekday resolved', () => {
    const $ = load(site.page('articles/long-paragraphs/'));
    expect($('article time[datetime="2024-09-09"]')).toHaveLength(2_000);
    expect($('meta[name="description"]').attr('content')).toMatch(/^The minister said on Monday/u);
  });
});
