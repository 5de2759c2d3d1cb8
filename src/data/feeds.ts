import { getImage } from 'astro:assets';
import type { ImageMetadata } from 'astro';
import { feedArticles, feedEntry, feedPath, feedTitle, FEED_FORMATS, type Feed, type FeedEntry, type FeedFormat, type FeedPhoto } from '../lib/feeds.ts';
import { cacheKey } from '../lib/cache-key.ts';
import type { Term } from '../lib/taxonomy.ts';
import { absoluteUrl, articleUrl, homeUrl, topicUrl } from '../lib/urls.ts';
import { site } from '../site.config.ts';
import { articleBodyHtml, loadArchive, type Article } from './archive.ts';

/** Widest photo a feed links to; feed readers show photos at column width. */
const FEED_PHOTO_WIDTH = 1200;

/** Entries by article id, shared by the site feeds and every topic feed of a build. */
const entries = new Map<string, Promise<FeedEntry>>();

/** The site feed: the newest articles of the whole archive. */
export async function siteFeed(origin: URL | undefined): Promise<Feed> {
  const { articles } = await loadArchive();
  return feed(articles, origin, homeUrl());
}

/**
 * The paths of a topic feed route (`getStaticPaths`): one feed per topic page, reused by
 * incremental builds while its articles are unchanged.
 */
export async function topicFeedPaths(): Promise<{ params: { term: string }; props: { topic: Term<Article> }; cacheKey: string | undefined }[]> {
  return (await loadArchive()).topics.map((topic) => ({
    params: { term: topic.slug },
    props: { topic },
    cacheKey: cacheKey(feedArticles(topic.items), topic.name),
  }));
}

/** A topic's feed: the newest articles filed under it. */
export async function topicFeed(topic: Term<Article>, origin: URL | undefined): Promise<Feed> {
  return feed(topic.items, origin, topicUrl(topic.name), topic.name);
}

async function feed(articles: readonly Article[], origin: URL | undefined, homePath: string, topic?: string): Promise<Feed> {
  const url = (path: string) => absoluteUrl(path, origin);
  return {
    title: feedTitle(topic),
    description: topic === undefined ? site.description : `The newest articles filed under ${topic}. ${site.description}`,
    lang: site.lang,
    homeUrl: url(homePath),
    urls: Object.fromEntries(FEED_FORMATS.map((format) => [format, url(feedPath(format, topic))])) as Record<FeedFormat, string>,
    publisher: site.publisher.name,
    entries: await Promise.all(feedArticles(articles).map((article) => entryOf(article, origin))),
  };
}

function entryOf(article: Article, origin: URL | undefined): Promise<FeedEntry> {
  let entry = entries.get(article.id);
  if (!entry) {
    entry = buildEntry(article, origin);
    entries.set(article.id, entry);
  }
  return entry;
}

async function buildEntry(article: Article, origin: URL | undefined): Promise<FeedEntry> {
  const { data } = article;
  if (!data.date) throw new Error(`feeds: article ${article.id} has no date`);
  return feedEntry({
    url: absoluteUrl(articleUrl(article.id), origin),
    title: data.title,
    date: data.date,
    updated: data.updated,
    summary: article.summary,
    bodyHtml: articleBodyHtml(article),
    photos: await Promise.all(data.images.map((image) => feedPhoto(image, origin))),
    tags: data.tags,
    byline: data.byline,
    lang: data.lang,
  });
}

interface Photo {
  caption: string;
  credit?: string | null | undefined;
  src?: ImageMetadata | undefined;
  alt?: string | undefined;
}

/** A photo with an absolute URL for its file, resized and emitted by Astro's image pipeline. */
async function feedPhoto(photo: Photo, origin: URL | undefined): Promise<FeedPhoto> {
  const base = { caption: photo.caption, credit: photo.credit ?? null, ...(photo.alt !== undefined ? { alt: photo.alt } : {}) };
  if (!photo.src) return base;
  const image = await getImage({
    src: photo.src,
    width: Math.min(photo.src.width, FEED_PHOTO_WIDTH),
    ...(photo.src.format === 'svg' ? {} : { format: 'jpg' as const }),
  });
  const width = Number(image.attributes.width);
  const height = Number(image.attributes.height);
  return {
    ...base,
    url: absoluteUrl(image.src, origin),
    ...(width && height ? { width, height } : {}),
  };
}
