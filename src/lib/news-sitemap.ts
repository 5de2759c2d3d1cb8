import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { utc } from '@date-fns/utc';
import { escapeXml } from './xml.ts';

/** An article as the Google News sitemap lists it. */
export interface NewsSitemapEntry {
  url: string;
  title: string;
  lang: string;
  /** Publication date, YYYY-MM-DD. */
  date: string;
}

/** Google News only wants articles published in the last two days. */
export const NEWS_SITEMAP_DAYS = 2;

/** True when an article dated `date` (YYYY-MM-DD) belongs in the news sitemap built on `today`. */
export function isRecent(date: string, today: string): boolean {
  const age = differenceInCalendarDays(today, date, { in: utc });
  return age >= 0 && age < NEWS_SITEMAP_DAYS;
}

/** The Google News sitemap (sitemaps.org urlset with the news extension). */
export function newsSitemapXml(publication: string, entries: readonly NewsSitemapEntry[]): string {
  const urls = entries.map(
    (entry) => `  <url>
    <loc>${escapeXml(entry.url)}</loc>
    <news:news>
      <news:publication>
        <news:name>${escapeXml(publication)}</news:name>
        <news:language>${escapeXml(entry.lang)}</news:language>
      </news:publication>
      <news:publication_date>${entry.date}</news:publication_date>
      <news:title>${escapeXml(entry.title)}</news:title>
    </news:news>
  </url>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
${urls.join('\n')}
</urlset>
`;
}
