import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { siteFeed } from '../data/feeds.ts';
import { rssOptions } from '../lib/feeds.ts';

/** RSS 2.0 feed of the newest articles: `/rss.xml` (under the base path). */
export const GET: APIRoute = async ({ site }) => rss(rssOptions(await siteFeed(site)));
