/**
 * The site's feeds: RSS 2.0 (through `@astrojs/rss`), Atom 1.0 and JSON Feed 1.1 (through
 * feedsmith), for the whole site and for each topic. Everything here is pure: the endpoints
 * (`src/data/feeds.ts`) hand in articles with their rendered HTML and absolute URLs.
 *
 * Policy:
 * - A feed holds the newest `site.feedSize` articles *that have a publication date*. Feeds are
 *   chronological streams and every item needs a date (Atom requires one), so articles the
 *   importer wrote without `--date` stay on the site but out of the feeds until an editor dates
 *   them. Drafts and future articles are already out of the archive.
 * - Every URL is absolute and includes the base path: links are built from `articleUrl()`
 *   (which carries `BASE_PATH`) and resolved against `site`, never left to `@astrojs/rss`.
 * - The content is the article body as the site's Markdown pipeline rendered and sanitized it,
 *   preceded by the photos as `<figure>` with escaped caption and credit; relative links in the
 *   body are made absolute, since feed readers show the content away from the site.
 */
import type { RSSOptions } from '@astrojs/rss';
import { generateAtomFeed, generateJsonFeed, type AtomFeed, type JsonFeed } from 'feedsmith';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { escapeXml, xmlText } from './xml.ts';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';
import { site } from '../site.config.ts';
import { isArabic, textDirection } from './language.ts';
import { topicSlug } from './slugs.ts';
import { editionPath } from './urls.ts';

export type FeedFormat = 'rss' | 'atom' | 'json';

export const FEED_FORMATS: readonly FeedFormat[] = ['rss', 'atom', 'json'];

/** File name and media type of each format, under `/` and under `/topics/<slug>/`. */
export const FEED_FILES: Record<FeedFormat, { file: string; type: string; label: string }> = {
  rss: { file: 'rss.xml', type: 'application/rss+xml', label: 'RSS' },
  atom: { file: 'atom.xml', type: 'application/atom+xml', label: 'Atom' },
  json: { file: 'feed.json', type: 'application/feed+json', label: 'JSON Feed' },
};

/** Site path of a feed, with the base path: `/news/rss.xml`, `/news/topics/iraq/atom.xml`, `/news/ar/rss.xml`. */
export function feedPath(format: FeedFormat, topic?: string, edition?: string): string {
  const folder = topic === undefined ? '' : `topics/${topicSlug(topic)}/`;
  return editionPath(edition, `${folder}${FEED_FILES[format].file}`);
}

/** Title of the site feed or of a topic's feed, under the edition's name for the site. */
export function feedTitle(topic?: string, siteName: string = site.name): string {
  return topic === undefined ? siteName : `${siteName}: ${topic}`;
}

/** The `<link rel="alternate">` tags of an edition's site feeds, or of a topic's feeds. */
export function feedLinks(topic?: string, edition?: string, siteName?: string): { type: string; title: string; path: string }[] {
  return FEED_FORMATS.map((format) => ({
    type: FEED_FILES[format].type,
    title: `${feedTitle(topic, siteName)} (${FEED_FILES[format].label})`,
    path: feedPath(format, topic, edition),
  }));
}

/** The articles a feed shows: the newest `size` that have a date (input is newest first). */
export function feedArticles<T extends { data: { date?: Date | undefined } }>(articles: readonly T[], size: number = site.feedSize): T[] {
  return articles.filter((article) => article.data.date !== undefined).slice(0, size);
}

/** A photo as the feed shows it; `url` is absolute, when the photo has a file. */
export interface FeedPhoto {
  caption: string;
  credit?: string | null;
  url?: string;
  alt?: string;
  width?: number;
  height?: number;
}

/** One article, ready for any format; its text is already free of characters XML forbids. */
export interface FeedEntry {
  /** Absolute URL of the article page; also its permanent id. */
  url: string;
  title: string;
  published: Date;
  updated: Date;
  summary: string;
  /** Full HTML content: photos and body. */
  html: string;
  tags: readonly string[];
  author?: string;
  lang: string;
  /** Absolute URL of the lead photo, when it has a file. */
  image?: string;
}

/** A feed, ready for any format. All URLs are absolute. */
export interface Feed {
  title: string;
  description: string;
  lang: string;
  /** The page the feed follows: the home page or the topic page. */
  homeUrl: string;
  /** This feed in each format. */
  urls: Record<FeedFormat, string>;
  publisher: string;
  entries: FeedEntry[];
}

export interface FeedArticleInput {
  url: string;
  title: string;
  date: Date;
  updated?: Date | undefined;
  summary: string;
  /** The body as rendered by the site's Markdown pipeline (already sanitized). */
  bodyHtml: string | undefined;
  photos: readonly FeedPhoto[];
  tags: readonly string[];
  byline?: string | null | undefined;
  lang: string;
}

/**
 * Builds a feed entry from an article. Characters XML forbids are dropped here, once per
 * article, rather than in each of the feeds (site and topics, three formats) that show it.
 */
export function feedEntry(input: FeedArticleInput, feedLang: string = site.lang): FeedEntry {
  const updated = input.updated && input.updated > input.date ? input.updated : input.date;
  const lead = input.photos.find((photo) => photo.url);
  return {
    url: input.url,
    title: xmlText(input.title),
    published: input.date,
    updated,
    summary: xmlText(input.summary),
    html: xmlText(articleHtml(input, feedLang)),
    tags: input.tags.map(xmlText),
    ...(input.byline ? { author: xmlText(input.byline) } : {}),
    lang: input.lang,
    ...(lead?.url ? { image: lead.url } : {}),
  };
}

/**
 * The content of an entry: photos, then the body with relative links resolved against the
 * article URL. Articles in another language or direction than the site are wrapped in a
 * `<div lang dir>` so that readers lay them out right.
 */
export function articleHtml(input: Pick<FeedArticleInput, 'url' | 'bodyHtml' | 'photos' | 'summary' | 'lang'>, feedLang: string = site.lang): string {
  const body = input.bodyHtml?.trim() ? absolutizeLinks(input.bodyHtml, input.url) : `<p>${escapeHtml(input.summary)}</p>`;
  const html = `${input.photos.map((photo) => figureHtml(photo, input.lang)).join('')}${body}`;
  const dir = textDirection(input.lang);
  if (input.lang === feedLang && dir === textDirection(feedLang)) return html;
  return `<div lang="${escapeHtml(input.lang)}" dir="${dir}">${html}</div>`;
}

/** A photo as `<figure>`: the image when there is a file, and always the caption and credit. */
export function figureHtml(photo: FeedPhoto, lang: string = site.lang): string {
  const size = photo.width && photo.height ? ` width="${photo.width}" height="${photo.height}"` : '';
  const img = photo.url ? `<img src="${escapeHtml(photo.url)}" alt="${escapeHtml(photo.alt ?? photo.caption)}"${size}>` : '';
  const label = isArabic(lang) ? 'صورة' : 'Photo';
  const credit = photo.credit ? ` <small>${label}: ${escapeHtml(photo.credit)}</small>` : '';
  return `<figure>${img}<figcaption>${escapeHtml(photo.caption)}${credit}</figcaption></figure>`;
}

/** Attributes holding URLs in the sanitized body (see src/markdown/sanitize-schema.ts). */
const URL_ATTRIBUTES = ['href', 'src', 'cite'] as const;

/** Resolves relative `href`, `src` and `cite` URLs in an HTML fragment against `base`. */
export function absolutizeLinks(html: string, base: string): string {
  // Most bodies link only to absolute URLs, if at all: parse only those that may need it.
  if (!/\s(?:href|src|cite)="(?![a-z][a-z\d+.-]*:)/iu.test(html)) return html;
  const tree: Root = fromHtml(html, { fragment: true });
  let changed = false;
  visit(tree, 'element', (node: Element) => {
    for (const name of URL_ATTRIBUTES) {
      const value = node.properties[name];
      if (typeof value !== 'string' || value === '') continue;
      const absolute = resolveUrl(value, base);
      if (absolute !== value) {
        node.properties[name] = absolute;
        changed = true;
      }
    }
  });
  return changed ? toHtml(tree) : html;
}

function resolveUrl(value: string, base: string): string {
  if (/^[a-z][a-z\d+.-]*:/iu.test(value)) return value;
  try {
    return new URL(value, base).href;
  } catch {
    return value;
  }
}

/** Escapes text for HTML element content and double-quoted attributes. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/gu, (char) => `&#${char.charCodeAt(0)};`);
}

/** Characters XML 1.0 does not allow anywhere (C0 controls other than tab and line ends, etc.). */
const DC = 'http://purl.org/dc/elements/1.1/';
const ATOM = 'http://www.w3.org/2005/Atom';

/** Options for `@astrojs/rss`: absolute item links, so its `site` never drops the base path. */
export function rssOptions(feed: Feed): RSSOptions {
  return {
    title: xmlText(feed.title),
    description: xmlText(feed.description),
    site: feed.homeUrl,
    xmlns: { atom: ATOM, dc: DC },
    customData: `<language>${escapeXml(feed.lang)}</language><atom:link href="${escapeXml(feed.urls.rss)}" rel="self" type="${FEED_FILES.rss.type}"/>`,
    items: feed.entries.map((entry) => ({
      title: entry.title,
      link: entry.url,
      pubDate: entry.published,
      description: entry.summary,
      content: entry.html,
      categories: [...entry.tags],
      customData: [
        entry.author ? `<dc:creator>${escapeXml(entry.author)}</dc:creator>` : '',
        entry.lang === feed.lang ? '' : `<dc:language>${escapeXml(entry.lang)}</dc:language>`,
      ].join(''),
    })),
  };
}

/** The feed as an Atom 1.0 document. The publisher is the feed's author, for entries without a byline. */
export function atomXml(feed: Feed): string {
  const atom: AtomFeed.Feed<Date> = {
    id: feed.urls.atom,
    title: { value: xmlText(feed.title), type: 'text' },
    subtitle: { value: xmlText(feed.description), type: 'text' },
    updated: newestUpdate(feed),
    authors: [{ name: xmlText(feed.publisher) }],
    links: [
      { href: feed.homeUrl, rel: 'alternate', type: 'text/html' },
      { href: feed.urls.atom, rel: 'self', type: FEED_FILES.atom.type },
    ],
    xml: { lang: feed.lang },
    entries: feed.entries.map((entry) => ({
      id: entry.url,
      title: { value: entry.title, type: 'text' },
      links: [{ href: entry.url, rel: 'alternate', type: 'text/html' }],
      published: entry.published,
      updated: entry.updated,
      summary: { value: entry.summary, type: 'text' },
      content: { value: entry.html, type: 'html' },
      categories: entry.tags.map((term) => ({ term })),
      ...(entry.author ? { authors: [{ name: entry.author }] } : {}),
      ...(entry.lang === feed.lang ? {} : { xml: { lang: entry.lang } }),
    })),
  };
  return generateAtomFeed(atom);
}

/** The feed as a JSON Feed 1.1 document. */
export function jsonFeedText(feed: Feed): string {
  const json: JsonFeed.Feed<Date> = {
    title: feed.title,
    home_page_url: feed.homeUrl,
    feed_url: feed.urls.json,
    description: feed.description,
    language: feed.lang,
    authors: [{ name: feed.publisher }],
    items: feed.entries.map((entry) => ({
      id: entry.url,
      url: entry.url,
      title: entry.title,
      summary: entry.summary,
      content_html: entry.html,
      date_published: entry.published,
      date_modified: entry.updated,
      tags: [...entry.tags],
      ...(entry.author ? { authors: [{ name: entry.author }] } : {}),
      ...(entry.image ? { image: entry.image } : {}),
      language: entry.lang,
    })),
  };
  return `${JSON.stringify(generateJsonFeed(json), null, 2)}\n`;
}

/**
 * When the feed last changed: its newest entry's update. An empty feed (a topic whose articles
 * are all undated) has no date of its own, so it takes the Unix epoch and stays reproducible.
 */
function newestUpdate(feed: Feed): Date {
  const times = feed.entries.map((entry) => entry.updated.getTime());
  return new Date(times.length > 0 ? Math.max(...times) : 0);
}
