import type { Term } from '../lib/taxonomy.ts';
import { agencyUrl, placeUrl, topicUrl } from '../lib/urls.ts';
import type { Archive, Article } from './archive.ts';

/** A way of grouping articles that has its own pages: topics, dateline places, photo agencies. */
export interface Taxonomy {
  /** First path segment of its pages. */
  key: 'topics' | 'places' | 'agencies';
  /** What one term is called, for headings: "Topic: Iraq". */
  label: string;
  plural: string;
  terms: Term<Article>[];
  urlFor: (name: string, page?: number) => string;
}

export function taxonomiesOf(archive: Archive): Taxonomy[] {
  return [
    { key: 'topics', label: 'Topic', plural: 'Topics', terms: archive.topics, urlFor: topicUrl },
    { key: 'places', label: 'Dateline', plural: 'Places', terms: archive.places, urlFor: placeUrl },
    { key: 'agencies', label: 'Photos by', plural: 'Photo agencies', terms: archive.agencies, urlFor: agencyUrl },
  ];
}
