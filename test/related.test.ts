import { describe, expect, test } from 'vitest';
import { relatedArticles, type RelatedKeys } from '../src/lib/related.ts';
import { topicSlug } from '../src/lib/slugs.ts';

interface Fixture extends RelatedKeys {
  id: string;
}

const related = (articles: Fixture[], count?: number) =>
  Object.fromEntries([...relatedArticles(articles, (article) => article, count)].map(([id, list]) => [id, list.map((article) => article.id)]));

describe('relatedArticles ranks', () => {
  test('by shared topics first, a shared place counting half a topic', () => {
    const articles: Fixture[] = [
      { id: 'a', topics: ['Gaza', 'Aid'], place: 'Cairo' },
      { id: 'b', topics: ['Gaza'], place: 'Cairo' },
      { id: 'c', topics: ['Gaza', 'Aid'], place: null },
      { id: 'd', topics: [], place: 'Cairo' },
      { id: 'e', topics: ['Sport'], place: null },
    ];
    expect(related(articles).a).toEqual(['c', 'b', 'd']);
    expect(related(articles).e).toEqual([]);
  });

  test('equal scores: nearer in date order, then the newer', () => {
    const articles: Fixture[] = ['n1', 'n2', 'x', 'n3', 'n4'].map((id) => ({ id, topics: ['Elections'], place: undefined }));
    expect(related(articles).x).toEqual(['n2', 'n3', 'n1']);
    expect(related(articles, 2).n1).toEqual(['n2', 'x']);
  });

  test('topics are matched by slug, as topic pages group them', () => {
    const articles: Fixture[] = [
      { id: 'a', topics: ['Al-Sudani'], place: null },
      { id: 'b', topics: ['al Sudani'], place: null },
    ];
    expect(related(articles).a).toEqual(['b']);
  });

  test('no related articles asked for: none given', () => {
    expect(related([{ id: 'a', topics: ['x'], place: null }, { id: 'b', topics: ['x'], place: null }], 0)).toEqual({ a: [], b: [] });
  });
});

/**
 * The ranking rules written plainly (every candidate scored in a map, all sorted): what the
 * scoring with one reused score array and a top-N insertion must give, on a large archive.
 */
function relatedByFullSort(articles: readonly Fixture[], count: number): Record<string, string[]> {
  const window = 60;
  const keys = articles.map((article) => [...article.topics.map((topic) => `topic:${topicSlug(topic)}`), ...(article.place ? [`place:${topicSlug(article.place)}`] : [])]);
  const byKey = new Map<string, number[]>();
  keys.forEach((list, index) => list.forEach((key) => byKey.set(key, [...(byKey.get(key) ?? []), index])));
  const result: Record<string, string[]> = {};
  articles.forEach((article, index) => {
    const scores = new Map<number, number>();
    for (const key of keys[index] ?? []) {
      const list = byKey.get(key) ?? [];
      let near = list;
      if (list.length > window) {
        const low = list.filter((other) => other < index).length;
        const start = Math.max(0, Math.min(low - window / 2, list.length - window));
        near = list.slice(start, start + window);
      }
      for (const other of near) if (other !== index) scores.set(other, (scores.get(other) ?? 0) + (key.startsWith('place:') ? 1 : 2));
    }
    result[article.id] = [...scores]
      .sort(([a, scoreA], [b, scoreB]) => scoreB - scoreA || Math.abs(a - index) - Math.abs(b - index) || a - b)
      .slice(0, count)
      .map(([other]) => articles[other]?.id as string);
  });
  return result;
}

describe('relatedArticles on a large archive', () => {
  test('gives what scoring every candidate and sorting them all gives', () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const topics = Array.from({ length: 40 }, (_, i) => `Topic ${i}`);
    const places = ['Cairo', 'Gaza', 'Amman', 'Beirut', 'Rafah'];
    // Skewed: a few topics and places in hundreds of articles, past the candidate window.
    const pick = <V>(list: readonly V[]) => list[Math.floor(random() ** 2 * list.length)] as V;
    const articles: Fixture[] = Array.from({ length: 3000 }, (_, i) => ({
      id: `a${i}`,
      topics: Array.from({ length: Math.floor(random() * 5) }, () => pick(topics)),
      place: random() < 0.7 ? pick(places) : null,
    }));
    for (const count of [1, 3, 5]) expect(related(articles, count)).toEqual(relatedByFullSort(articles, count));
  });
});
