import { getCollection, type CollectionEntry } from 'astro:content';
import { topicSlug } from '../../../../src/lib/slugs.ts';

export type Entry = CollectionEntry<'articles'>;

/** Articles per listing page, as on the site. */
export const PAGE_SIZE = 20;

/** Every article, newest first (undated last). */
export async function newestFirst(): Promise<Entry[]> {
  const entries = await getCollection('articles');
  return entries.sort((a, b) => (b.data.date?.getTime() ?? -Infinity) - (a.data.date?.getTime() ?? -Infinity) || a.id.localeCompare(b.id));
}

/** Articles grouped by the slug of each name `namesOf` gives them (topics, a place). */
export function groupBy(entries: Entry[], namesOf: (entry: Entry) => (string | null | undefined)[]): Map<string, { name: string; items: Entry[] }> {
  const groups = new Map<string, { name: string; items: Entry[] }>();
  for (const entry of entries) {
    const seen = new Set<string>();
    for (const name of namesOf(entry)) {
      if (!name) continue;
      const slug = topicSlug(name);
      if (seen.has(slug)) continue;
      seen.add(slug);
      const group = groups.get(slug) ?? { name, items: [] };
      group.items.push(entry);
      groups.set(slug, group);
    }
  }
  return groups;
}
