import { expect, FIRST_ARTICLE, test } from './fixtures.ts';

/**
 * Arabic search forgives spelling: each query is written differently from the article's
 * text (no diacritics or extra ones, another alef, ه for ة, ي for ى, tatweel) and still finds it.
 */
const FORGIVING_QUERIES = [
  { query: 'العقبه', slug: 'aqaba-desalination', why: 'ه for ة (العقبة)' },
  { query: 'الحكومه الاردنيه', slug: 'aqaba-desalination', why: 'ه for ة, bare alef for أ (الحكومة الأردنية)' },
  { query: 'انشاء', slug: 'aqaba-desalination', why: 'bare alef for إ (إنشاء)' },
  { query: 'الاف المزارعين', slug: 'aqaba-desalination', why: 'bare alef for آ (آلاف)' },
  { query: 'مستشفي', slug: 'aqaba-desalination', why: 'ي for ى (مستشفى)' },
  { query: 'ملتقي', slug: 'beirut-book-fair', why: 'ي for ى (ملتقى)' },
  { query: 'زواره', slug: 'beirut-book-fair', why: 'no shadda (زوّاره)' },
  { query: 'الرِّوايات', slug: 'beirut-book-fair', why: 'diacritics the text lacks (الروايات)' },
  { query: 'ماراثـــون', slug: 'riyadh-marathon', why: 'tatweel (ماراثون)' },
  { query: 'عداء', slug: 'riyadh-marathon', why: 'no diacritics (عَدّاء)' },
  { query: 'الامريكيه', slug: 'iraq-us-talks-ar', why: 'bare alef and ه for ة (الأمريكية)' },
  { query: 'إتفاق', slug: 'iraq-us-talks-ar', why: 'إ where the text has a bare alef (اتفاق)' },
  { query: 'متحف القاهره', slug: 'ARABIC', why: 'ه for ة (القاهرة)' },
  { query: 'العقبة', slug: 'aqaba-desalination', why: 'the spelling of the text itself' },
];

test.describe('Arabic search forgives spelling', () => {
  for (const { query, slug, why } of FORGIVING_QUERIES) {
    test(`"${query}" finds ${slug}: ${why}`, async ({ page, site }) => {
      const target = slug === 'ARABIC' ? site.arabicSlug : slug;
      await page.goto('/ar/search/');
      await page.getByRole('search').getByRole('textbox', { name: 'بحث' }).fill(query);
      await expect(page.locator(`.pagefind-ui__result-link[href="/ar/articles/${target}/"]`)).toBeVisible();
    });
  }

  test('a query that matches nothing still finds nothing', async ({ page }) => {
    await page.goto('/ar/search/');
    await page.getByRole('search').getByRole('textbox', { name: 'بحث' }).fill('كمبيوتر');
    await expect(page.locator('.pagefind-ui__message')).toBeVisible();
    await expect(page.locator('.pagefind-ui__result-link')).toHaveCount(0);
  });
});

test.describe('language switch', () => {
  test('the English home links to the Arabic home and back', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('navigation', { name: 'Editions' }).getByRole('link', { name: 'العربية' }).click();
    await expect(page).toHaveURL(/\/ar\/$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.getByRole('link', { name: 'انتقل إلى المحتوى' })).toBeAttached();
    await page.getByRole('navigation', { name: 'الطبعات' }).getByRole('link', { name: 'English' }).click();
    await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });

  test('an article and its translation switch to each other', async ({ page }) => {
    await page.goto(FIRST_ARTICLE);
    await page.getByRole('navigation', { name: 'Editions' }).getByRole('link', { name: 'العربية' }).click();
    await expect(page).toHaveURL(/\/ar\/articles\/iraq-us-talks-ar\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('مسؤولون عراقيون وأمريكيون يجتمعون لبحث انسحاب القوات الأمريكية');
    await page.getByRole('navigation', { name: 'الطبعات' }).getByRole('link', { name: 'English' }).click();
    await expect(page).toHaveURL(new RegExp(`${FIRST_ARTICLE}$`));
  });

  test('an article without a translation switches to the other edition\'s home', async ({ page, site }) => {
    await page.goto(`/ar/articles/${site.arabicSlug}/`);
    await page.getByRole('navigation', { name: 'الطبعات' }).getByRole('link', { name: 'English' }).click();
    await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/$/);
  });
});

test('the old address of an Arabic article sends the reader to its new one', async ({ page, site }) => {
  await page.goto(`/articles/${site.arabicSlug}/`);
  await expect(page).toHaveURL(new RegExp(`/ar/articles/${site.arabicSlug}/$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('افتتاح جناح جديد في متحف القاهرة');
});

test('a missing address under /ar/ gets the Arabic 404 page', async ({ page, guard }) => {
  guard.expectStatus('/ar/no-such-page/', 404);
  guard.allowConsole(/Failed to load resource: the server responded with a status of 404/);
  const response = await page.goto('/ar/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('الصفحة غير موجودة');
});
