import { topicSlug } from './slugs.ts';

/** What related-article matching needs to know about an article. */
export interface RelatedKeys {
  topics: readonly string[];
  place: string | null | undefined;
}

/** How many neighbours in date order each topic contributes as candidates; keeps the work linear. */
const CANDIDATES_PER_TOPIC = 60;

/**
 * For every article (given newest first), up to `count` related ones: most shared topics,
 * then the same dateline place, then nearest in date. Runs once for the whole archive,
 * looking only at nearby articles of each topic, so it stays fast at tens of thousands.
 */
export function relatedArticles<T extends { id: string }>(
  articles: readonly T[],
  keysOf: (article: T) => RelatedKeys,
  count = 3,
): Map<string, T[]> {
  const keys = articles.map((article) => matchKeys(keysOf(article)));
  const byKey = new Map<string, number[]>();
  keys.forEach((articleKeys, index) => {
    for (const key of articleKeys) {
      const list = byKey.get(key) ?? [];
      list.push(index);
      byKey.set(key, list);
    }
  });

  const related = new Map<string, T[]>();
  articles.forEach((article, index) => {
    const scores = new Map<number, number>();
    for (const key of keys[index] ?? []) {
      const weight = key.startsWith('place:') ? 1 : 2;
      for (const other of nearby(byKey.get(key) ?? [], index)) {
        if (other !== index) scores.set(other, (scores.get(other) ?? 0) + weight);
      }
    }
    const ranked = [...scores.entries()]
      .sort(([a, scoreA], [b, scoreB]) => scoreB - scoreA || Math.abs(a - index) - Math.abs(b - index) || a - b)
      .slice(0, count)
      .map(([other]) => articles[other])
      .filter((other): other is T => other !== undefined);
    related.set(article.id, ranked);
  });
  return related;
}

function matchKeys(article: RelatedKeys): string[] {
  // Matched by slug, as topic pages group them: "Al-Sudani" and "al Sudani" are one topic.
  const keys = article.topics.map((topic) => `topic:${topicSlug(topic)}`);
  if (article.place) keys.push(`place:${topicSlug(article.place)}`);
  return keys;
}

/** The entries of a sorted index list closest to `index`, at most CANDIDATES_PER_TOPIC. */
function nearby(list: readonly number[], index: number): readonly number[] {
  if (list.length <= CANDIDATES_PER_TOPIC) return list;
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((list[middle] ?? 0) < index) low = middle + 1;
    else high = middle;
  }
  const start = Math.max(0, Math.min(low - CANDIDATES_PER_TOPIC / 2, list.length - CANDIDATES_PER_TOPIC));
  return list.slice(start, start + CANDIDATES_PER_TOPIC);
}
