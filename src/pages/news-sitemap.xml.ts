import type { APIRoute } from 'astro';
import { loadAllArticles } from '../data/archive.ts';
import { todayIn, toIsoDate } from '../lib/dates.ts';
import { isRecent, newsSitemapXml } from '../lib/news-sitemap.ts';
import { absoluteUrl, articleUrl } from '../lib/urls.ts';
import { site } from '../site.config.ts';

/** Google News sitemap: the articles of the last two days, of every edition. */
export const GET: APIRoute = async ({ site: origin }) => {
  const today = todayIn(site.timeZone);
  const articles = await loadAllArticles();
  const entries = articles
    .filter((article) => article.data.date && isRecent(toIsoDate(article.data.date), today))
    .map((article) => ({
      url: absoluteUrl(articleUrl(article.id, article.edition), origin),
      title: article.data.title,
      lang: article.data.lang,
      date: toIsoDate(article.data.date!),
    }));
  return new Response(newsSitemapXml(site.publisher.name, entries), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  });
};
