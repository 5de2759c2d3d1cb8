import type { APIRoute } from 'astro';
import { siteFeed } from '../data/feeds.ts';
import { FEED_FILES, jsonFeedText } from '../lib/feeds.ts';

/** JSON Feed 1.1 of the newest articles: `/feed.json` (under the base path). */
export const GET: APIRoute = async ({ site }) =>
  new Response(jsonFeedText(await siteFeed(site)), { headers: { 'Content-Type': `${FEED_FILES.json.type}; charset=utf-8` } });
