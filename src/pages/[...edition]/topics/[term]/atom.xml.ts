import type { APIRoute, GetStaticPaths } from 'astro';
import { topicFeed, topicFeedPaths } from '../../../../data/feeds.ts';
import type { Article } from '../../../../data/archive.ts';
import { atomXml, FEED_FILES } from '../../../../lib/feeds.ts';
import type { Term } from '../../../../lib/taxonomy.ts';
import type { Edition } from '../../../../site.config.ts';

/** Atom 1.0 feed of one topic's newest articles: `/topics/<slug>/atom.xml`, `/ar/topics/<slug>/atom.xml`. */
export const getStaticPaths = topicFeedPaths satisfies GetStaticPaths;

export const GET: APIRoute<{ topic: Term<Article>; edition: Edition }> = async ({ props, site }) =>
  new Response(atomXml(await topicFeed(props.topic, site, props.edition)), { headers: { 'Content-Type': `${FEED_FILES.atom.type}; charset=utf-8` } });
