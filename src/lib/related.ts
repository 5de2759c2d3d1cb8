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

  // One score per article, reset after each use, and the candidates touched: no map or sort
  // per article (this runs on every build, for the whole archive).
  const scores = new Int32Array(articles.length);
  const candidates: number[] = [];
  const related = new Map<string, T[]>();
  articles.forEach((article, index) => {
    for (const key of keys[index] ?? []) {
      const weight = key.startsWith('place:') ? 1 : 2;
      const list = byKey.get(key) ?? [];
      const [start, end] = nearby(list, index);
      for (let position = start; position < end; position += 1) {
        const other = list[position] as number;
        if (other === index) continue;
        if (scores[other] === 0) candidates.push(other);
        scores[other] += weight;
      }
    }
    // Better: more shared keys, then nearer in date order, then newer.
    const better = (a: number, b: number): boolean => {
      const byScore = (scores[b] as number) - (scores[a] as number);
      const byDistance = Math.abs(a - index) - Math.abs(b - index);
      return (byScore || byDistance || a - b) < 0;
    };
    const best: number[] = [];
    for (const other of candidates) {
      if (best.length === count) {
        if (count === 0 || !better(other, best[count - 1] as number)) continue;
        best.pop();
      }
      let at = best.length;
      while (at > 0 && better(other, best[at - 1] as number)) at -= 1;
      best.splice(at, 0, other);
    }
    for (const other of candidates) scores[other] = 0;
    candidates.length = 0;
    related.set(article.id, best.map((other) => articles[other]).filter((other): other is T => other !== undefined));
  });
  return related;
}

function matchKeys(article: RelatedKeys): string[] {
  // Matched by slug, as topic pages group them: "Al-Sudani" and "al Sudani" are one topic.
  const keys = article.topics.map((topic) => `topic:${topicSlug(topic)}`);
  if (article.place) keys.push(`place:${topicSlug(article.place)}`);
  return keys;
}

/** Where, in a sorted index list, the entries closest to `index` are: at most CANDIDATES_PER_TOPIC of them. */
function nearby(list: readonly number[], index: number): [start: number, end: number] {
  if (list.length <= CANDIDATES_PER_TOPIC) return [0, list.length];
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((list[middle] ?? 0) < index) low = middle + 1;
    else high = middle;
  }
  const start = Math.max(0, Math.min(low - CANDIDATES_PER_TOPIC / 2, list.length - CANDIDATES_PER_TOPIC));
  return [start, start + CANDIDATES_PER_TOPIC];
}
