/**
 * What the search page fetches from the search index for one query: the bytes on the wire
 * (compressed, as a static host serves them) of every response under `pagefind/`, from opening
 * `/search/?q=…` until the results are shown and the network is idle. Chromium, no cache.
 */
import { chromium } from '@playwright/test';
import { serveStatic } from '../../e2e/static-server.ts';

/** Queries of the benchmark archive (bench/generate-dump.ts): two English, one Arabic. */
export const TYPICAL_QUERIES = ['humanitarian aid', 'Erbil', 'الحوار'];

export interface SearchFetch {
  query: string;
  bytes: number;
  requests: number;
  /** Results the page reports ("N results for …"). */
  resultsText: string;
}

export async function searchBytes(siteDir: string, queries: readonly string[]): Promise<SearchFetch[]> {
  const server = await serveStatic(siteDir);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
  try {
    const measured: SearchFetch[] = [];
    for (const query of queries) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const responses: Promise<number>[] = [];
      page.on('requestfinished', (request) => {
        if (new URL(request.url()).pathname.includes('/pagefind/')) {
          responses.push(request.sizes().then((sizes) => sizes.responseBodySize + sizes.responseHeadersSize));
        }
      });
      await page.goto(`${server.url}/search/?q=${encodeURIComponent(query)}`);
      const message = page.locator('.pagefind-ui__message');
      await message.filter({ hasText: /result/ }).waitFor({ timeout: 60_000 });
      await page.waitForLoadState('networkidle');
      const sizes = await Promise.all(responses);
      measured.push({ query, bytes: sizes.reduce((sum, size) => sum + size, 0), requests: sizes.length, resultsText: (await message.textContent()) ?? '' });
      await context.close();
    }
    return measured;
  } finally {
    await browser.close();
    await server.close();
  }
}
