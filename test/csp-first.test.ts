import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'cheerio';
import { beforeAll, expect, test } from 'vitest';
import { fixtureSite } from './helpers/fixture-site.ts';
import { htmlFiles } from './helpers/site-files.ts';

let outDir: string;
let pages: string[];

beforeAll(async () => {
  ({ outDir } = await fixtureSite());
  pages = htmlFiles(outDir).filter((path) => !path.startsWith('pagefind/'));
}, 600_000);

/**
 * A policy applies only to what follows it: the Content-Security-Policy meta tag comes first in
 * every page's head, after nothing but `<meta charset>` (which must be in the first 1024 bytes),
 * before the title, metadata, JSON-LD, styles and scripts.
 */
test('the Content-Security-Policy is the first element of <head> after <meta charset>, on every page kind', () => {
  const kinds = ['index.html', 'page/2/index.html', 'search/index.html', '404.html', 'topics/index.html'];
  for (const kind of kinds) expect(pages).toContain(kind);
  expect(pages.some((path) => path.startsWith('articles/'))).toBe(true);
  expect(pages.some((path) => path.startsWith('topics/') && path !== 'topics/index.html')).toBe(true);
  for (const path of pages) {
    const $ = load(readFileSync(join(outDir, path), 'utf8'));
    const head = $('head').children().toArray();
    expect($(head[0]).attr('charset'), path).toBe('utf-8');
    expect($(head[1]).attr('http-equiv'), path).toBe('content-security-policy');
    expect($('meta[http-equiv="content-security-policy"]'), path).toHaveLength(1);
  }
});
