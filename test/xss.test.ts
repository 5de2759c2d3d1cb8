import { chromium, type Browser } from '@playwright/test';
import { load } from 'cheerio';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildSite, type BuiltSite } from './helpers/build-site.ts';
import { fixture, runImport, scratchDir } from './helpers/run-import.ts';
import { browserLaunchOptions } from '../e2e/browser.ts';
import { serveStatic } from '../e2e/static-server.ts';

// XSS_DUMP=path/to/other-dump.txt runs the same checks on another corpus.
const dump = process.env.XSS_DUMP ?? fixture('xss.txt');

let site: BuiltSite;
let pages: string[];

beforeAll(() => {
  const articles = scratchDir('news-xss-');
  const imported = runImport(['--out', articles, '--date', '2024-10-01', dump]);
  expect(imported.code, imported.stderr).toBe(0);
  site = buildSite(articles);
  pages = site.htmlFiles();
});

describe('hostile dump text never becomes live markup', () => {
  test('no event handlers, javascript: URLs, frames, base or refresh in any page', () => {
    for (const path of pages) {
      const $ = load(site.page(path));
      const live: string[] = [];
      $('*').each((_, element) => {
        const tag = $(element).prop('tagName');
        for (const [name, value] of Object.entries($(element).attr() ?? {})) {
          if (/^on/i.test(name)) live.push(`${tag}[${name}]`);
          if (/^(href|src|action|formaction|data|srcdoc|xlink:href)$/i.test(name) && /^\s*(javascript|data|vbscript):/i.test(value)) {
            live.push(`${tag}[${name}=${value.slice(0, 30)}]`);
          }
        }
      });
      $('iframe, object, embed, base, form, input, svg, math, meta[http-equiv="refresh"]').each((_, element) => {
        // The one refresh allowed: an article's old address sending readers to its edition's page.
        const slug = /^articles\/([a-z0-9-]+)\/index\.html$/.exec(path)?.[1];
        if (slug && /^0; url=\/[a-z]{2,3}\/articles\/([a-z0-9-]+)\/$/.exec($(element).attr('content') ?? '')?.[1] === slug) return;
        live.push(String($(element).prop('tagName')));
      });
      // Each edition's search page (`search/`, `ar/search/`) runs Pagefind.
      const scripts = $('script').filter((_, s) => $(s).attr('type') !== 'application/ld+json' && !/^(?:[a-z]{2,3}\/)?search\//.test(path));
      if (scripts.length > 0) live.push('script');
      expect(live, path).toEqual([]);
    }
  });

  test('every article keeps its headline as text in its h1', () => {
    const articles = pages.filter((path) => path.startsWith('articles/'));
    expect(articles.length).toBeGreaterThanOrEqual(2);
    for (const path of articles) expect(load(site.page(path))('h1').text().length, path).toBeGreaterThan(10);
  });
});

describe('in a browser', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serveStatic>>;

  beforeAll(async () => {
    server = await serveStatic(site.outDir);
    browser = await chromium.launch(browserLaunchOptions());
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  test('no payload runs on any page', async () => {
    const page = await browser.newPage();
    const fired: string[] = [];
    await page.exposeFunction('__reportXss', (what: string) => fired.push(what));
    await page.addInitScript(() => {
      const report = (what: string) => (window as unknown as { __reportXss: (w: string) => void }).__reportXss(what);
      Object.assign(window, {
        __xss: (id: unknown) => report(`__xss(${String(id)}) on ${location.pathname}`),
        alert: (id: unknown) => report(`alert(${String(id)}) on ${location.pathname}`),
        confirm: (id: unknown) => report(`confirm(${String(id)}) on ${location.pathname}`),
        prompt: (id: unknown) => report(`prompt(${String(id)}) on ${location.pathname}`),
      });
    });
    page.on('dialog', (dialog) => {
      fired.push(`dialog ${dialog.message()}`);
      void dialog.dismiss();
    });
    // A control page proves the detector sees a payload that runs.
    writeFileSync(join(site.outDir, 'xss-control.html'), '<!DOCTYPE html><img src=x onerror="window.__xss(0)">');
    await page.goto(`${server.url}/xss-control.html`, { waitUntil: 'load' });
    await expect.poll(() => fired.length).toBe(1);
    fired.length = 0;
    for (const path of pages) {
      await page.goto(`${server.url}/${path.replace(/index\.html$/, '')}`, { waitUntil: 'load' });
      // Focus and hover everything once, for handlers that wait for a user.
      await page.evaluate(() => {
        for (const element of document.querySelectorAll<HTMLElement>('body *')) {
          element.focus?.();
          element.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
        }
      });
    }
    await page.waitForTimeout(300);
    expect(fired).toEqual([]);
  }, 120_000);
});
