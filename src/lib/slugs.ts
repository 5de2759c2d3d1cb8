import { createHash } from 'node:crypto';
import slugify from '@sindresorhus/slugify';

/** Longest slug kept before the disambiguating suffix, cut at a word boundary. */
const MAX_SLUG_LENGTH = 80;

/** Lowercase ASCII slug of any text (Arabic and accented Latin are transliterated); may be empty. */
export function slugifyText(text: string): string {
  const slug = slugify(text, { decamelize: false });
  if (slug.length <= MAX_SLUG_LENGTH) return slug;
  const cut = slug.slice(0, MAX_SLUG_LENGTH + 1);
  const lastHyphen = cut.lastIndexOf('-');
  return lastHyphen > 0 ? cut.slice(0, lastHyphen) : cut.slice(0, MAX_SLUG_LENGTH);
}

/** First `length` hex characters of the SHA-1 of `text`: a short, stable disambiguator. */
export function shortHash(text: string, length = 6): string {
  return createHash('sha1').update(text).digest('hex').slice(0, length);
}

const topicSlugs = new Map<string, string>();

/** URL slug for a topic, place or agency page; never empty. Memoized: every card links its terms. */
export function topicSlug(topic: string): string {
  let slug = topicSlugs.get(topic);
  if (slug === undefined) {
    slug = slugifyText(topic) || `topic-${shortHash(topic)}`;
    topicSlugs.set(topic, slug);
  }
  return slug;
}
