import AxeBuilder from '@axe-core/playwright';
import { EDITION_TEXT, expect, pageTypes, test } from './fixtures.ts';
import type { FixtureSite } from '../test/helpers/fixture-site.ts';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

// The page list is known before the site is built: the slugs it needs are fixed by the fixture.
const types = pageTypes({ arabicSlug: 'ARABIC', photoSlug: 'PHOTO', outDir: '' });

// Light at desktop width, dark at phone width: both colour schemes and both layouts are checked.
const modes = [
  { scheme: 'light', viewport: { width: 1280, height: 900 } },
  { scheme: 'dark', viewport: { width: 390, height: 844 } },
] as const;

const resolve = (path: string, site: FixtureSite) => path.replace('ARABIC', site.arabicSlug).replace('PHOTO', site.photoSlug);

for (const { scheme, viewport } of modes) {
  test.describe(`axe, ${scheme} colour scheme, ${viewport.width} px`, () => {
    test.use({ colorScheme: scheme, viewport });

    for (const { name, path, status, edition } of types) {
      test(`${name}: no WCAG 2.2 A/AA violations`, async ({ page, site, guard }) => {
        const url = resolve(path, site);
        if (status) {
          guard.expectStatus(url, status);
          guard.allowConsole(/Failed to load resource: the server responded with a status of 404/);
        }
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(url);
        expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(scheme === 'dark');
        if (path.endsWith('/search/')) {
          // Check the search UI with results showing, not just the empty box.
          await page.getByRole('search').getByRole('textbox', { name: EDITION_TEXT[edition].searchBox }).fill(EDITION_TEXT[edition].search);
          await expect(page.locator('.pagefind-ui__result').first()).toBeVisible();
        }
        const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
        const violations = results.violations.map((violation) => ({
          rule: violation.id,
          impact: violation.impact,
          help: violation.help,
          nodes: violation.nodes.slice(0, 5).map((node) => `${node.target.join(' ')}: ${node.failureSummary?.split('\n').slice(1).join(' ')}`),
        }));
        expect(violations).toEqual([]);
      });
    }
  });
}

test.describe('keyboard', () => {
  for (const { name, path, status, edition } of types) {
    test(`${name}: the skip link is the first Tab stop and moves focus to the main content`, async ({ page, site, guard }) => {
      const url = resolve(path, site);
      if (status) {
        guard.expectStatus(url, status);
        guard.allowConsole(/Failed to load resource: the server responded with a status of 404/);
      }
      await page.goto(url);
      await page.keyboard.press('Tab');
      const skip = page.getByRole('link', { name: EDITION_TEXT[edition].skipLink });
      await expect(skip).toBeFocused();
      await expect(skip).toBeVisible();
      await expect(skip).toBeInViewport();
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(/#main$/);
      await expect(page.locator('main#main')).toBeFocused();
      // The next Tab goes to the first link inside main, past the header.
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => Boolean(document.activeElement?.closest('main')))).toBe(true);
    });
  }
});
