import { test as base, expect, type Page, type Request } from '@playwright/test';
import type { FixtureSite } from '../test/helpers/fixture-site.ts';

export { expect };

export const LEAD_TITLE = 'Baghdad Urges Washington to Prevent ‘Imminent’ Israeli Strikes';
export const FIRST_ARTICLE = '/articles/iraqi-american-officials-to-meet-to-discuss-us-troop-withdrawal/';
export const FIRST_TITLE = 'Iraqi, American Officials to Meet to Discuss US Troop Withdrawal';

/** The skip link's name and a search that finds articles, in each edition. */
export const EDITION_TEXT = {
  en: { skipLink: 'Skip to content', search: 'withdrawal', searchBox: 'Search' },
  ar: { skipLink: 'انتقل إلى المحتوى', search: 'المتحف', searchBox: 'بحث' },
} as const;

/** One page of each kind the site builds, in each edition. */
export function pageTypes(site: FixtureSite): { name: string; path: string; status?: number; edition: keyof typeof EDITION_TEXT }[] {
  return [
    { name: 'home', path: '/', edition: 'en' },
    { name: 'index page 2', path: '/page/2/', edition: 'en' },
    { name: 'article', path: FIRST_ARTICLE, edition: 'en' },
    { name: 'article with photo', path: `/articles/${site.photoSlug}/`, edition: 'en' },
    { name: 'topics', path: '/topics/', edition: 'en' },
    { name: 'topic', path: '/topics/iraq/', edition: 'en' },
    { name: 'place', path: '/places/beirut/', edition: 'en' },
    { name: 'agency', path: '/agencies/afp/', edition: 'en' },
    { name: 'search', path: '/search/', edition: 'en' },
    { name: '404', path: '/no-such-page/', status: 404, edition: 'en' },
    { name: 'Arabic home', path: '/ar/', edition: 'ar' },
    { name: 'Arabic index page 2', path: '/ar/page/2/', edition: 'ar' },
    { name: 'Arabic article', path: `/ar/articles/${site.arabicSlug}/`, edition: 'ar' },
    { name: 'Arabic translation of an English article', path: '/ar/articles/iraq-us-talks-ar/', edition: 'ar' },
    { name: 'Arabic topics', path: '/ar/topics/', edition: 'ar' },
    { name: 'Arabic topic', path: '/ar/topics/alaqtsad/', edition: 'ar' },
    { name: 'Arabic place', path: '/ar/places/byrwt/', edition: 'ar' },
    { name: 'Arabic agency', path: '/ar/agencies/a-f-b/', edition: 'ar' },
    { name: 'Arabic search', path: '/ar/search/', edition: 'ar' },
    { name: 'Arabic 404', path: '/ar/no-such-page/', status: 404, edition: 'ar' },
  ];
}

interface Guard {
  /** A response with this status for a URL ending with `path` is expected, not a failure. */
  expectStatus(path: string, status: number): void;
  /** Console errors matching this are expected (e.g. the browser reporting an expected 404). */
  allowConsole(pattern: RegExp): void;
}

/**
 * Every test gets `site` (what the fixture build holds) and an automatic guard that fails it
 * on any console error (CSP violations included), uncaught exception, failed request, HTTP
 * error, or request to anywhere but the local server.
 */
export const test = base.extend<{ guard: Guard }, { site: FixtureSite }>({
  site: [
    async ({ playwright }, use, workerInfo) => {
      const request = await playwright.request.newContext({ baseURL: workerInfo.project.use.baseURL });
      const site = (await (await request.get('/fixture-site.json')).json()) as FixtureSite;
      await request.dispose();
      await use(site);
    },
    { scope: 'worker' },
  ],
  guard: [
    async ({ context, baseURL }, use) => {
      const origin = new URL(baseURL!).origin;
      const problems: string[] = [];
      const expected = new Map<string, number>();
      const allowed: RegExp[] = [];
      const isExpected = (url: string, status: number) => [...expected].some(([path, code]) => code === status && new URL(url).pathname.endsWith(path));
      // Requests a page still had going when it navigated away are cancelled (ERR_ABORTED): not
      // failures. Each page counts its navigations; a request remembers the count it started at.
      const navigations = new WeakMap<Page, number>();
      const startedAt = new WeakMap<Request, number>();
      const pageOf = (request: Request) => {
        try {
          return request.frame().page();
        } catch {
          return undefined; // a service worker's request has no frame
        }
      };
      context.on('request', (request) => {
        const url = request.url();
        if (!/^(data|blob):/.test(url) && new URL(url).origin !== origin) problems.push(`third-party request: ${url}`);
        const page = pageOf(request);
        if (!page) return;
        if (request.isNavigationRequest() && request.frame() === page.mainFrame()) navigations.set(page, (navigations.get(page) ?? 0) + 1);
        else startedAt.set(request, navigations.get(page) ?? 0);
      });
      context.on('requestfailed', (request) => {
        const error = request.failure()?.errorText ?? '';
        const page = pageOf(request);
        const leftBehind = page && startedAt.has(request) && startedAt.get(request) !== (navigations.get(page) ?? 0);
        // The browser's own favicon request is cancelled too when a test moves on quickly; a
        // missing favicon would still show up as an HTTP error below.
        const favicon = new URL(request.url()).pathname === '/favicon.svg';
        if (error === 'net::ERR_ABORTED' && (leftBehind || favicon)) return;
        problems.push(`request failed: ${request.url()} (${error})`);
      });
      context.on('response', (response) => {
        if (response.status() >= 400 && !isExpected(response.url(), response.status())) {
          problems.push(`HTTP ${response.status()}: ${response.url()}`);
        }
      });
      const watch = (page: Page) => {
        page.on('console', (message) => {
          const text = message.text();
          const csp = /Content[ -]Security[ -]Policy/i.test(text);
          if ((message.type() === 'error' || csp) && !allowed.some((pattern) => pattern.test(text))) {
            problems.push(`console ${message.type()} on ${page.url()}: ${text}`);
          }
        });
        page.on('pageerror', (error) => problems.push(`uncaught exception on ${page.url()}: ${error.message}`));
      };
      context.pages().forEach(watch);
      context.on('page', watch);
      await use({
        expectStatus: (path, status) => void expected.set(path, status),
        allowConsole: (pattern) => void allowed.push(pattern),
      });
      expect(problems, 'console errors, failed requests or third-party requests').toEqual([]);
    },
    { auto: true },
  ],
});

/** How wide the page is against its viewport, and the first elements that stick out of it. */
export async function horizontalOverflow(page: Page): Promise<{ scrollWidth: number; clientWidth: number; wide: string[] }> {
  return page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    const width = root.clientWidth;
    // Name the elements that stick out, to make a failure easy to fix.
    const wide = [...document.querySelectorAll('body *')]
      .filter((element) => {
        const box = element.getBoundingClientRect();
        return box.right > width + 1 || box.left < -1;
      })
      .slice(0, 5)
      .map((element) => `${element.tagName.toLowerCase()}.${[...element.classList].join('.')}`);
    return { scrollWidth: root.scrollWidth, clientWidth: width, wide };
  });
}
