import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { unified } from '@astrojs/markdown-remark';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ArticleRenderPool, renderPoolSize, type RendererSettings } from '../src/data/article-render-pool.ts';
import { isArticleMarkdown } from '../src/data/pooled-markdown.ts';
import { sha256Base64url } from '../src/lib/hash.ts';
import { articleMarkdownConfig, articleMarkdownOptions } from '../src/markdown/article-markdown.ts';

/**
 * The loader renders article bodies on worker threads (src/data/pooled-markdown.ts): what they
 * give must be what Astro's Markdown render function gives on the main thread, byte for byte.
 */
const settings: RendererSettings = { syntaxHighlight: false, shikiConfig: undefined, gfm: true, smartypants: true, image: { domains: [], remotePatterns: [] } };
const htmlDir = join(mkdtempSync(join(tmpdir(), 'news-render-pool-')), 'article-html');
const filePath = join(htmlDir, '..', 'story.md');
let pool: ArticleRenderPool;
let mainThread: Awaited<ReturnType<typeof articleMarkdownConfig.processor.createRenderer>>;

beforeAll(async () => {
  pool = new ArticleRenderPool({ settings, htmlDir }, 2);
  mainThread = await articleMarkdownConfig.processor.createRenderer(settings);
});
afterAll(async () => {
  await pool.close();
  rmSync(join(htmlDir, '..'), { recursive: true, force: true });
});

describe('bodies rendered on the workers', () => {
  test.each([
    ['paragraphs and emphasis', 'Officials met on *Monday* in Doha.\n\nTalks resume **next week**.', { date: '2024-09-08', lang: 'en' }],
    ['a weekday resolved against the dateline date', 'The minister said on Tuesday that the border would reopen.', { date: '2024-09-08', lang: 'en' }],
    ['an undated article', 'The minister said on Tuesday that the border would reopen.', {}],
    ['Arabic with a Latin name', 'قال المتحدث باسم WHO يوم الاثنين إن المساعدات ستصل.', { date: '2024-09-08', lang: 'ar' }],
    ['raw HTML and a script', 'Text <script>alert(1)</script> and <img src=x onerror=alert(1)> end.', { date: '2024-09-08' }],
    ['a javascript: link', '[click](javascript:alert(1)) and [ok](https://example.org/)', { date: '2024-09-08' }],
    ['a local and a remote image', '![A photo](./photo.jpg)\n\n![Remote](https://example.org/x.png)', { date: '2024-09-08' }],
    ['headings, lists and quotes', '## Background\n\n- one\n- two\n\n> A quote\n\n1. first', { date: '2024-09-08' }],
    ['an empty body', '', { date: '2024-09-08' }],
  ])('%s: the same HTML and metadata as on the main thread, saved in the folder of bodies', async (_name, body, frontmatter) => {
    const expected = await mainThread.render(body, { frontmatter, fileURL: pathToFileURL(filePath) });
    const rendered = await pool.render(body, frontmatter, filePath);
    expect(rendered.html).toBe(expected.code);
    expect(rendered.metadata).toEqual({ ...expected.metadata, imagePaths: [...expected.metadata.localImagePaths, ...expected.metadata.remoteImagePaths] });
    // The worker saved it where the loader's saveArticleHtml looks for it.
    expect(readFileSync(join(htmlDir, `${sha256Base64url(expected.code, 22)}.html`), 'utf8')).toBe(expected.code);
  });

  test('many bodies at once each get their own HTML', async () => {
    const bodies = Array.from({ length: 40 }, (_, index) => `Story number ${index} was filed on Monday.`);
    const rendered = await Promise.all(bodies.map((body) => pool.render(body, { date: '2024-09-08' }, filePath)));
    rendered.forEach((result, index) => expect(result.html).toContain(`Story number ${index} was filed`));
  });

  test.each([600, 5_000, 20_000])('a body nested %i quotes deep is refused on both threads alike, naming the file', async (depth) => {
    const deep = `${'>'.repeat(depth)} deep`;
    const refused = /Failed to parse Markdown file ".*story\.md":\n.*Markdown nested more than 500 levels deep/u;
    await expect(mainThread.render(deep, { frontmatter: {}, fileURL: pathToFileURL(filePath) })).rejects.toThrow(refused);
    await expect(pool.render(deep, {}, filePath)).rejects.toThrow(refused);
    // The worker lives on for the next body.
    expect((await pool.render('After the failure.', {}, filePath)).html).toBe('<p>After the failure.</p>');
  });
});

describe('the pool', () => {
  test('a closed pool renders nothing and its workers are gone', async () => {
    const closing = new ArticleRenderPool({ settings, htmlDir }, 1);
    expect((await closing.render('Once.', {}, filePath)).html).toBe('<p>Once.</p>');
    await closing.close();
    await expect(closing.render('Twice.', {}, filePath)).rejects.toThrow(/closed/u);
  });

  test.each([
    ['unset', undefined, undefined],
    ['0: bodies rendered on the main thread', '0', 0],
    ['3', '3', 3],
    ['not a number', 'many', undefined],
  ])('NEWS_RENDER_WORKERS %s', (_name, value, expected) => {
    const before = process.env.NEWS_RENDER_WORKERS;
    try {
      if (value === undefined) delete process.env.NEWS_RENDER_WORKERS;
      else process.env.NEWS_RENDER_WORKERS = value;
      if (expected === undefined) expect(renderPoolSize()).toBeGreaterThanOrEqual(1);
      else expect(renderPoolSize()).toBe(expected);
    } finally {
      if (before === undefined) delete process.env.NEWS_RENDER_WORKERS;
      else process.env.NEWS_RENDER_WORKERS = before;
    }
  });

  test('workers render only for the project’s Markdown setting, recognised in another copy of its module', () => {
    expect(isArticleMarkdown({ ...articleMarkdownConfig, processor: unified(articleMarkdownOptions) } as never)).toBe(true);
    expect(isArticleMarkdown({ ...articleMarkdownConfig, processor: unified({ ...articleMarkdownOptions, rehypePlugins: [] }) } as never)).toBe(false);
    expect(isArticleMarkdown({ ...articleMarkdownConfig, processor: unified({ ...articleMarkdownOptions, gfm: true }) } as never)).toBe(false);
    expect(isArticleMarkdown({ ...articleMarkdownConfig, syntaxHighlight: 'shiki' } as never)).toBe(false);
  });
});
