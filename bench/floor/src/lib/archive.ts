import { getCollection, type CollectionEntry } from 'astro:content';

export type Entry = CollectionEntry<'articles'>;

/** Articles per listing page, as on the site. */
export const PAGE_SIZE = 20;

/** Every article, newest first (undated last). */
export async function newestFirst(): Promise<Entry[]> {
  const entries = await getCollection('articles');
  return entries.sort((a, b) => (b.data.date?.getTime() ?? -Infinity) - (a.data.date?.getTime() ?? -Infinity) || a.id.localeCompare(b.id));
}

/** The floor's listings besides the index: one page set per topic and per dateline place, as on the site. */
export const TAXONOMIES = {
  topics: { label: 'Topic', namesOf: (entry: Entry) => entry.data.tags },
  places: { label: 'Dateline', namesOf: (entry: Entry) => [entry.data.dateline] },
} as const;
