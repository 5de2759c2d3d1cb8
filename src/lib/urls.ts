import { DEFAULT_EDITION } from '../site.config.ts';
import { editionPrefix } from './editions.ts';
import { topicSlug } from './slugs.ts';

/** The site's base path with a trailing slash (`/` or `/news/`), from Astro's config. */
const BASE = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

/** A site path under the base: `withBase('topics/')` → `/news/topics/`. */
export function withBase(path = ''): string {
  return `${BASE}${path.replace(/^\/+/u, '')}`;
}

/** A path of an edition: `editionPath('ar', 'topics/')` → `/ar/topics/`; the default edition's is `/topics/`. */
export function editionPath(edition: string = DEFAULT_EDITION, path = ''): string {
  return withBase(`${editionPrefix(edition)}${path.replace(/^\/+/u, '')}`);
}

export const homeUrl = (edition?: string) => editionPath(edition);
export const articleUrl = (slug: string, edition?: string) => editionPath(edition, `articles/${slug}/`);
/** Page `n` of the index: page 1 is the home page. */
export const indexPageUrl = (n: number, edition?: string) => (n <= 1 ? homeUrl(edition) : editionPath(edition, `page/${n}/`));
export const topicsUrl = (edition?: string) => editionPath(edition, 'topics/');
export const topicUrl = (topic: string, page = 1, edition?: string) => pagedUrl(edition, `topics/${topicSlug(topic)}/`, page);
export const placeUrl = (place: string, page = 1, edition?: string) => pagedUrl(edition, `places/${topicSlug(place)}/`, page);
export const agencyUrl = (agency: string, page = 1, edition?: string) => pagedUrl(edition, `agencies/${topicSlug(agency)}/`, page);
export const searchUrl = (edition?: string) => editionPath(edition, 'search/');

function pagedUrl(edition: string | undefined, path: string, page: number): string {
  return editionPath(edition, page <= 1 ? path : `${path}${page}/`);
}

/** An absolute URL on the deployed site, for feeds, canonical links and structured data. */
export function absoluteUrl(path: string, site: URL | string | undefined): string {
  return new URL(path, site ?? 'https://example.org').href;
}
