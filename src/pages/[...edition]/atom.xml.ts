import type { APIRoute, GetStaticPaths } from 'astro';
import { siteFeed } from '../../data/feeds.ts';
import { onePagePerEdition } from '../../i18n/index.ts';
import { atomXml, FEED_FILES } from '../../lib/feeds.ts';
import type { Edition } from '../../site.config.ts';

/** Atom 1.0 feed of an edition's newest articles: `/atom.xml`, `/ar/atom.xml` (under the base path). */
export const getStaticPaths = onePagePerEdition satisfies GetStaticPaths;

export const GET: APIRoute<{ edition: Edition }> = async ({ props, site }) =>
  new Response(atomXml(await siteFeed(site, props.edition)), { headers: { 'Content-Type': `${FEED_FILES.atom.type}; charset=utf-8` } });
