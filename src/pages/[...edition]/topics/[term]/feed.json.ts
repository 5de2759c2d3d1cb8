import type { APIRoute, GetStaticPaths } from 'astro';
import { topicFeed, topicFeedPaths } from '../../../../data/feeds.ts';
import type { Article } from '../../../../data/archive.ts';
import { FEED_FILES, jsonFeedText } from '../../../../lib/feeds.ts';
import type { Term } from '../../../../lib/taxonomy.ts';
import type { Edition } from '../../../../site.config.ts';

/** JSON Feed 1.1 of one topic's newest articles: `/topics/<slug>/feed.json`, `/ar/topics/<slug>/feed.json`. */
export const getStaticPaths = topicFeedPaths satisfies GetStaticPaths;

export const GET: APIRoute<{ topic: Term<Article>; edition: Edition }> = async ({ props, site }) =>
  new Response(jsonFeedText(await topicFeed(props.topic, site, props.edition)), { headers: { 'Content-Type': `${FEED_FILES.json.type}; charset=utf-8` } });
