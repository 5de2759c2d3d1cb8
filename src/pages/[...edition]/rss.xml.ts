import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { siteFeed } from '../../data/feeds.ts';
import { onePagePerEdition } from '../../i18n/index.ts';
import { rssOptions } from '../../lib/feeds.ts';
import type { Edition } from '../../site.config.ts';

/** RSS 2.0 feed of an edition's newest articles: `/rss.xml`, `/ar/rss.xml` (under the base path). */
export const getStaticPaths = onePagePerEdition satisfies GetStaticPaths;

export const GET: APIRoute<{ edition: Edition }> = async ({ props, site }) => rss(rssOptions(await siteFeed(site, props.edition)));
