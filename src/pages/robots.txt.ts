import type { APIRoute } from 'astro';
import { absoluteUrl, withBase } from '../lib/urls.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(
    [
      'User-agent: *',
      'Allow: /',
      '',
      `Sitemap: ${absoluteUrl(withBase('sitemap-index.xml'), site)}`,
      `Sitemap: ${absoluteUrl(withBase('news-sitemap.xml'), site)}`,
      '',
    ].join('\n'),
    { headers: { 'Content-Type': 'text/plain; charset=utf-8' } },
  );
