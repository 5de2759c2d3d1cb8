import { afterAll, describe, expect, test } from 'vitest';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pruneArticleHtml, readArticleHtml, saveArticleHtml } from '../src/data/article-html.ts';
import { withDerivedFields as withDerivedFieldsIn } from '../src/data/articles-loader.ts';

const htmlDir = join(mkdtempSync(join(tmpdir(), 'news-article-html-')), 'article-html');
afterAll(() => rmSync(join(htmlDir, '..'), { recursive: true, force: true }));
const withDerivedFields = (entry: Parameters<typeof withDerivedFieldsIn>[0], version: string) => withDerivedFieldsIn(entry, version, htmlDir);

const body = 'Officials in Baghdad said on Monday that talks would resume. They gave no date.\n\nA second paragraph follows here.\n';

describe('the fields the loader works out from a body', () => {
  test('summary is the first sentence, reading time at least a minute, and the body is not stored', () => {
    const stored = withDerivedFields({ id: 'a', data: { title: 'A', lang: 'en' }, body, digest: 'd' }, 'v1');
    expect(stored.data.summary).toBe('Officials in Baghdad said on Monday that talks would resume.');
    expect(stored.data.readingMinutes).toBe(1);
    expect(stored.body).toBeUndefined();
    expect(stored.digest).toBe('d');
    expect(stored.data.storeVersion).toBe('v1');
  });

  test("an editor's summary is kept", () => {
    const stored = withDerivedFields({ id: 'a', data: { title: 'A', lang: 'en', summary: 'Talks resume.' }, body }, 'v1');
    expect(stored.data.summary).toBe('Talks resume.');
  });

  test('reading time grows with the body and reads Arabic slower', () => {
    const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');
    expect(withDerivedFields({ id: 'a', data: { lang: 'en' }, body: words(1150) }, 'v1').data.readingMinutes).toBe(5);
    expect(withDerivedFields({ id: 'a', data: { lang: 'ar' }, body: words(1150) }, 'v1').data.readingMinutes).toBe(6);
  });
});

describe('rendered bodies kept beside the store', () => {
  test('the HTML goes to a file named by its hash, and neither body nor HTML stays in the entry', () => {
    const html = '<p>Officials in Baghdad said on Monday that talks would resume.</p>';
    const stored = withDerivedFields({ id: 'a', data: { lang: 'en' }, body, rendered: { html, metadata: {} } }, 'v1');
    expect(stored.rendered).toBeUndefined();
    expect(stored.body).toBeUndefined();
    const file = String(stored.data.bodyHtmlFile);
    expect(file.startsWith(htmlDir)).toBe(true);
    expect(readArticleHtml(file, 'a')).toBe(html);
    // The same HTML is the same file; other HTML another.
    expect(withDerivedFields({ id: 'b', data: {}, body, rendered: { html, metadata: {} } }, 'v1').data.bodyHtmlFile).toBe(file);
    expect(withDerivedFields({ id: 'a', data: {}, body, rendered: { html: '<p>Edited.</p>', metadata: {} } }, 'v1').data.bodyHtmlFile).not.toBe(file);
  });

  test('pruning deletes the files no entry refers to', () => {
    const kept = saveArticleHtml(htmlDir, '<p>kept</p>');
    const dropped = saveArticleHtml(htmlDir, '<p>dropped</p>');
    pruneArticleHtml(htmlDir, new Set([kept]));
    expect(existsSync(kept)).toBe(true);
    expect(existsSync(dropped)).toBe(false);
    expect(readdirSync(htmlDir)).toEqual([kept.slice(htmlDir.length + 1)]);
  });

  test('a missing file is an error naming the article', () => {
    expect(() => readArticleHtml(join(htmlDir, 'gone.html'), 'talks-resume')).toThrow(/"talks-resume" is missing from Astro's cache/);
  });
});
