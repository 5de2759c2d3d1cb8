import { topicSlug } from './slugs.ts';

/** The site's base path with a trailing slash (`/` or `/news/`), from Astro's config. */
const BASE = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

/** A site path under the base: `withBase('topics/')` → `/news/topics/`. */
export function withBase(path = ''): string {
  return `${BASE}${path.replace(/^\/+/u, '')}`;
}

export const homeUrl = () => withBase();
export const articleUrl = (slug: string) => withBase(`articles/${slug}/`);
/** Page `n` of the index: page 1 is the home page. */
export const indexPageUrl = (n: number) => (n <= 1 ? homeUrl() : withBase(`page/${n}/`));
export const topicsUrl = () => withBase('topics/');
export const topicUrl = (topic: string, page = 1) => pagedUrl(`topics/${topicSlug(topic)}/`, page);
export const placeUrl = (place: string, page = 1) => pagedUrl(`places/${topicSlug(place)}/`, page);
export const agencyUrl = (agency: string, page = 1) => pagedUrl(`agencies/${topicSlug(agency)}/`, page);
export const searchUrl = () => withBase('search/');

function pagedUrl(path: string, page: number): string {
  return withBase(page <= 1 ? path : `${path}${page}/`);
}

/** An absolute URL on the deployed site, for feeds, canonical links and structured data. */
export function absoluteUrl(path: string, site: URL | string | undefined): string {
  return new URL(path, site ?? 'https://example.org').href;
}
