import type { APIRoute, GetStaticPaths } from 'astro';
import { siteFeed } from '../../data/feeds.ts';
import { onePagePerEdition } from '../../i18n/index.ts';
import { FEED_FILES, jsonFeedText } from '../../lib/feeds.ts';
import type { Edition } from '../../site.config.ts';

/** JSON Feed 1.1 of an edition's newest articles: `/feed.json`, `/ar/feed.json` (under the base path). */
export const getStaticPaths = onePagePerEdition satisfies GetStaticPaths;

export const GET: APIRoute<{ edition: Edition }> = async ({ props, site }) =>
  new Response(jsonFeedText(await siteFeed(site, props.edition)), { headers: { 'Content-Type': `${FEED_FILES.json.type}; charset=utf-8` } });
