import type { APIRoute } from 'astro';
import { siteFeed } from '../data/feeds.ts';
import { atomXml, FEED_FILES } from '../lib/feeds.ts';

/** Atom 1.0 feed of the newest articles: `/atom.xml` (under the base path). */
export const GET: APIRoute = async ({ site }) =>
  new Response(atomXml(await siteFeed(site)), { headers: { 'Content-Type': `${FEED_FILES.atom.type}; charset=utf-8` } });
