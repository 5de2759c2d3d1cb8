import { topicSlug } from './slugs.ts';

/** A topic, place or agency with the articles filed under it (in the order given). */
export interface Term<T> {
  slug: string;
  name: string;
  items: T[];
}

/**
 * Groups items by the names `namesOf` gives each (topics, a place, credits). Names that
 * differ only in case or accents share a slug and a page; the first spelling seen wins.
 */
export function groupByTerm<T>(items: readonly T[], namesOf: (item: T) => readonly (string | null | undefined)[]): Term<T>[] {
  const terms = new Map<string, Term<T>>();
  for (const item of items) {
    const seen = new Set<string>();
    for (const name of namesOf(item)) {
      if (!name) continue;
      const slug = topicSlug(name);
      if (seen.has(slug)) continue;
      seen.add(slug);
      const term = terms.get(slug) ?? { slug, name, items: [] };
      term.items.push(item);
      terms.set(slug, term);
    }
  }
  return [...terms.values()];
}

/** Terms by most items first, then by name. */
export function byPopularity<T>(terms: readonly Term<T>[]): Term<T>[] {
  return [...terms].sort((a, b) => b.items.length - a.items.length || a.name.localeCompare(b.name));
}
