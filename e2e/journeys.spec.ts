import { FIRST_ARTICLE, FIRST_TITLE, LEAD_TITLE, expect, horizontalOverflow, pageTypes, test } from './fixtures.ts';

test('home → lead story: headline, caption, credit and dateline', async ({ page }) => {
  await page.goto('/');
  const lead = page.locator('.card--lead');
  await expect(lead.getByRole('heading', { level: 2 })).toHaveText(LEAD_TITLE);
  await lead.getByRole('link', { name: LEAD_TITLE }).click();
  await expect(page).toHaveURL(/\/articles\/baghdad-urges-washington-to-prevent-imminent-israeli-strikes\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(LEAD_TITLE);
  const caption = page.locator('figure figcaption');
  await expect(caption.locator('.figure__caption')).toHaveText('Sudani visiting a market in Baghdad on Thursday');
  await expect(caption.locator('.figure__credit')).toContainText('Government media');
  await expect(caption).toBeVisible();
  const dateline = page.locator('.article__header .dateline');
  await expect(dateline).toBeVisible();
  await expect(dateline.locator('time')).toHaveAttribute('datetime', '2024-11-22');
  await expect(dateline.locator('time')).toHaveText('November 22, 2024');
});

test('an article with a dateline place and a photo file shows both', async ({ page, site }) => {
  await page.goto(`/articles/${site.photoSlug}/`);
  await expect(page.locator('.article__header .dateline__place')).toHaveText('BEIRUT');
  const photo = page.locator('figure img');
  await expect(photo).toHaveAttribute('alt', 'Stalls and shoppers in a covered market');
  await expect.poll(() => photo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
  await expect(page.locator('figure figcaption')).toContainText('Shoppers return to the covered market on Monday.');
});

test('home → page 2 of the index and back', async ({ page }) => {
  await page.goto('/');
  const pages = page.getByRole('navigation', { name: 'Pages' });
  await pages.getByRole('link', { name: 'Older' }).click();
  await expect(page).toHaveURL(/\/page\/2\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('page 2');
  await expect(page.locator('.card')).not.toHaveCount(0);
  await expect(page.locator('.pagination a[aria-current="page"]')).toContainText('2');
  await page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'Newer' }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.locator('.card--lead')).toHaveCount(1);
});

test('topics → a topic page → an article → its place page', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Topics' }).click();
  await expect(page).toHaveURL(/\/topics\/$/);
  await page.getByRole('link', { name: 'Iraq', exact: true }).click();
  await expect(page).toHaveURL(/\/topics\/iraq\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Topic: Iraq');
  await page.getByRole('link', { name: FIRST_TITLE }).click();
  await expect(page).toHaveURL(new RegExp(`${FIRST_ARTICLE}$`));

  await page.goto('/topics/');
  await page.getByRole('link', { name: 'Beirut', exact: true }).click();
  await expect(page).toHaveURL(/\/places\/beirut\/$/);
  await expect(page.locator('.card .dateline__place').first()).toHaveText('BEIRUT');
});

test('an article links to its place and agency pages', async ({ page, site }) => {
  await page.goto(`/articles/${site.photoSlug}/`);
  const from = page.getByRole('navigation', { name: 'More from' });
  await from.getByRole('link', { name: 'Beirut' }).click();
  await expect(page).toHaveURL(/\/places\/beirut\/$/);
  await expect(page.getByRole('link', { name: 'Market Reopens After Storm' })).toBeVisible();
});

test('a link to a missing page gets the 404 page with status 404', async ({ page, guard }) => {
  guard.expectStatus('/articles/no-such-story/', 404);
  // Chromium reports the 404 document itself on the console.
  guard.allowConsole(/Failed to load resource: the server responded with a status of 404/);
  await page.goto('/');
  // A stale link, as another site or an old bookmark would have it.
  await page.evaluate(() => {
    const link = document.createElement('a');
    link.href = '/articles/no-such-story/';
    link.textContent = 'Old story';
    document.querySelector('main')!.append(link);
  });
  const [response] = await Promise.all([page.waitForResponse('**/articles/no-such-story/'), page.getByRole('link', { name: 'Old story' }).click()]);
  expect(response.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await page.getByRole('link', { name: 'Latest news' }).click();
  await expect(page.locator('.card--lead')).toHaveCount(1);
});

test.describe('at 390 px wide', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });

  test('no page scrolls sideways', async ({ page, site, guard }) => {
    for (const { name, path, status } of pageTypes(site)) {
      if (status) guard.expectStatus(path, status);
      if (status) guard.allowConsole(/Failed to load resource: the server responded with a status of 404/);
      const response = await page.goto(path);
      expect(response?.status(), name).toBe(status ?? 200);
      if (path === '/search/') {
        await page.getByRole('search').getByRole('textbox', { name: 'Search' }).fill('withdrawal');
        await expect(page.locator('.pagefind-ui__result').first()).toBeVisible();
      }
      const { scrollWidth, clientWidth, wide } = await horizontalOverflow(page);
      expect(scrollWidth, `${name} (${path}) is wider than the screen: ${wide.join(', ')}`).toBeLessThanOrEqual(clientWidth);
    }
  });
});
