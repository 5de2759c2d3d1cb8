import { getImage } from 'astro:assets';
import type { ImageMetadata } from 'astro';
import { feedArticles, feedEntry, feedPath, feedTitle, FEED_FORMATS, type Feed, type FeedEntry, type FeedFormat, type FeedPhoto } from '../lib/feeds.ts';
import { cacheKey } from '../lib/cache-key.ts';
import type { Term } from '../lib/taxonomy.ts';
import { absoluteUrl, articleUrl, homeUrl, topicUrl } from '../lib/urls.ts';
import { onePagePerEdition, translator } from '../i18n/index.ts';
import { DEFAULT_EDITION, type Edition } from '../site.config.ts';
import { articleBodyHtml, loadArchive, type Article } from './archive.ts';

/** Widest photo a feed links to; feed readers show photos at column width. */
const FEED_PHOTO_WIDTH = 1200;

/** Entries by article id, shared by the site feeds and every topic feed of a build. */
const entries = new Map<string, Promise<FeedEntry>>();

/** An edition's site feed: its newest articles (the default edition's without `edition`). */
export async function siteFeed(origin: URL | undefined, edition: Edition = DEFAULT_EDITION): Promise<Feed> {
  const { articles } = await loadArchive(edition);
  return feed(articles, origin, edition);
}

/**
 * The paths of a topic feed route (`getStaticPaths`): one feed per topic page, reused by
 * incremental builds while its articles are unchanged.
 */
export async function topicFeedPaths(): Promise<
  { params: { edition: string | undefined; term: string }; props: { topic: Term<Article>; edition: Edition }; cacheKey: string | undefined }[]
> {
  const paths = await Promise.all(
    onePagePerEdition().map(async ({ params, props: { edition } }) =>
      (await loadArchive(edition)).topics.map((topic) => ({
        params: { ...params, term: topic.slug },
        props: { topic, edition },
        cacheKey: cacheKey(feedArticles(topic.items), topic.name),
      })),
    ),
  );
  return paths.flat();
}

/** A topic's feed: the newest articles of an edition filed under it. */
export async function topicFeed(topic: Term<Article>, origin: URL | undefined, edition: Edition = DEFAULT_EDITION): Promise<Feed> {
  return feed(topic.items, origin, edition, topic.name);
}

async function feed(articles: readonly Article[], origin: URL | undefined, edition: Edition, topic?: string): Promise<Feed> {
  const url = (path: string) => absoluteUrl(path, origin);
  const { dict, t } = translator(edition);
  return {
    title: feedTitle(topic, dict.siteName),
    description: topic === undefined ? dict.siteDescription : t('feedTopicDescription', { topic, description: dict.siteDescription }),
    lang: edition,
    homeUrl: url(topic === undefined ? homeUrl(edition) : topicUrl(topic, 1, edition)),
    urls: Object.fromEntries(FEED_FORMATS.map((format) => [format, url(feedPath(format, topic, edition))])) as Record<FeedFormat, string>,
    publisher: dict.siteName,
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
    url: absoluteUrl(articleUrl(article.id, article.edition), origin),
    title: data.title,
    date: data.date,
    updated: data.updated,
    summary: article.summary,
    bodyHtml: articleBodyHtml(article),
    photos: await Promise.all(data.images.map((image) => feedPhoto(image, origin))),
    tags: data.tags,
    byline: data.byline,
    lang: data.lang,
  }, article.edition);
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
