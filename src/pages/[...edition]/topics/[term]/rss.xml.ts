import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { topicFeed, topicFeedPaths } from '../../../../data/feeds.ts';
import type { Article } from '../../../../data/archive.ts';
import { rssOptions } from '../../../../lib/feeds.ts';
import type { Term } from '../../../../lib/taxonomy.ts';
import type { Edition } from '../../../../site.config.ts';

/** RSS 2.0 feed of one topic's newest articles: `/topics/<slug>/rss.xml`, `/ar/topics/<slug>/rss.xml`. */
export const getStaticPaths = topicFeedPaths satisfies GetStaticPaths;

export const GET: APIRoute<{ topic: Term<Article>; edition: Edition }> = async ({ props, site }) => rss(rssOptions(await topicFeed(props.topic, site, props.edition)));
