/**
 * `npm run screenshots`: PNGs of the home page, an article (light, dark, with a photo, Arabic)
 * and the search page at 390 px and 1280 px wide, in screenshots/ (not committed), for people
 * to look at. Uses the test fixture site; `-- --dir dist` shoots a build of your own instead
 * (its article and Arabic slugs then come from the first articles found there).
 */
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fixtureSite } from '../test/helpers/fixture-site.ts';
import { projectRoot } from '../test/helpers/run-import.ts';
import { browserLaunchOptions } from './browser.ts';
import { serveStatic } from './static-server.ts';

const { values } = parseArgs({ options: { dir: { type: 'string' }, out: { type: 'string', default: join(projectRoot, 'screenshots') } } });
const fixture = values.dir ? undefined : await fixtureSite();
const root = values.dir ? resolve(values.dir) : fixture!.outDir;
const server = await serveStatic(root);
mkdirSync(values.out, { recursive: true });

const article = '/articles/iraqi-american-officials-to-meet-to-discuss-us-troop-withdrawal/';
const shots: { name: string; path: string; dark?: boolean; search?: string }[] = [
  { name: 'home', path: '/' },
  { name: 'article-light', path: article },
  { name: 'article-dark', path: article, dark: true },
  ...(fixture
    ? [
        { name: 'article-photo', path: `/articles/${fixture.photoSlug}/` },
        { name: 'article-arabic', path: `/ar/articles/${fixture.arabicSlug}/` },
        { name: 'article-arabic-dark', path: `/ar/articles/${fixture.arabicSlug}/`, dark: true },
        { name: 'home-arabic', path: '/ar/' },
      ]
    : []),
  { name: 'search', path: '/search/', search: 'withdrawal' },
  { name: 'search-dark', path: '/search/', search: 'withdrawal', dark: true },
];

const browser = await chromium.launch(browserLaunchOptions());
try {
  for (const width of [390, 1280]) {
    const context = await browser.newContext({ viewport: { width, height: width < 600 ? 844 : 900 }, deviceScaleFactor: 1 });
    const page = await context.newPage();
    for (const shot of shots) {
      await page.emulateMedia({ colorScheme: shot.dark ? 'dark' : 'light' });
      await page.goto(`${server.url}${shot.path}`, { waitUntil: 'networkidle' });
      if (shot.search) {
        await page.getByRole('search').getByRole('textbox').fill(shot.search);
        await page.locator('.pagefind-ui__result').first().waitFor();
        await page.waitForLoadState('networkidle');
      }
      const file = join(values.out, `${shot.name}-${width}.png`);
      await page.screenshot({ path: file, fullPage: true });
      console.log(file);
    }
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
