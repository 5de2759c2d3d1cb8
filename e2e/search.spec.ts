import { GENERATED_ARABIC_ARTICLES, GENERATED_ARTICLES } from '../test/helpers/fixture-site.ts';
import { FIRST_ARTICLE, FIRST_TITLE, expect, test } from './fixtures.ts';

// The search page's CSP meta tag allows the site's own scripts and 'wasm-unsafe-eval' only; the
// guard fixture fails these tests on any CSP violation the browser reports on the console.

test('searching "withdrawal" finds the first sample article, under the page\'s CSP', async ({ page }) => {
  await page.goto('/search/');
  const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
  expect(csp).toContain("'wasm-unsafe-eval'");
  expect(csp).not.toContain("'unsafe-inline'");
  expect(csp).not.toMatch(/'unsafe-eval'/);
  const box = page.getByRole('search').getByRole('textbox', { name: 'Search' });
  // The box is not focused on load (the skip link comes first, as on every page).
  await expect(box).not.toBeFocused();
  await box.fill('withdrawal');
  const result = page.locator('.pagefind-ui__result-link', { hasText: FIRST_TITLE });
  await expect(result).toBeVisible();
  await result.click();
  await expect(page).toHaveURL(new RegExp(`${FIRST_ARTICLE}`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(FIRST_TITLE);
});

test('a ?q= address runs the search at once', async ({ page }) => {
  await page.goto('/search/?q=withdrawal');
  await expect(page.locator('.pagefind-ui__result-link', { hasText: FIRST_TITLE })).toBeVisible();
});

test('one search covers every shard of the index (the fixture has several)', async ({ page }) => {
  // Every generated article, spread over the shards, says "traders"; no bundled article does.
  await page.goto('/search/?q=traders');
  await expect(page.locator('.pagefind-ui__message')).toHaveText(`${GENERATED_ARTICLES} results for traders`);
});

test('one search on the Arabic search page covers every shard of the Arabic index', async ({ page }) => {
  // Every generated Arabic article, spread over the Arabic bundle's shards, says "هادئ"; no other article does.
  await page.goto('/ar/search/?q=هادئ');
  await expect(page.locator('.pagefind-ui__message')).toHaveText(`${GENERATED_ARABIC_ARTICLES} نتائج ل هادئ`);
});

test('Arabic text is searchable on the Arabic edition\'s search page, and only there', async ({ page, site }) => {
  await page.goto('/ar/search/');
  await page.getByRole('search').getByRole('textbox', { name: 'بحث' }).fill('المتحف');
  await expect(page.locator(`.pagefind-ui__result-link[href="/ar/articles/${site.arabicSlug}/"]`)).toBeVisible();
  await page.goto('/search/');
  await page.getByRole('search').getByRole('textbox', { name: 'Search' }).fill('المتحف');
  await expect(page.locator('.pagefind-ui__message')).toHaveText('No results for المتحف');
});

test('the policy is in force on the search page: an inline script is refused', async ({ page, guard }) => {
  // Chromium's wording has changed over versions: "Refused to execute inline script because it violates …" / "Executing inline script violates …".
  guard.allowConsole(/inline script.* violates the following Content Security Policy directive/);
  await page.goto('/search/');
  const directive = await page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        document.addEventListener('securitypolicyviolation', (event) => resolve(event.effectiveDirective), { once: true });
        const script = document.createElement('script');
        script.textContent = 'window.__inlineRan = true';
        document.body.append(script);
      }),
  );
  expect(directive).toMatch(/^script-src/);
  expect(await page.evaluate(() => 'inlineRan' in window || '__inlineRan' in window)).toBe(false);
});
