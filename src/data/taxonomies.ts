import { translator } from '../i18n/index.ts';
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

/** An edition's taxonomies, named in its language. */
export function taxonomiesOf(archive: Archive): Taxonomy[] {
  const { edition } = archive;
  const { dict } = translator(edition);
  return [
    { key: 'topics', label: dict.topicLabel, plural: dict.topicPlural, terms: archive.topics, urlFor: (name, page) => topicUrl(name, page, edition) },
    { key: 'places', label: dict.placeLabel, plural: dict.placePlural, terms: archive.places, urlFor: (name, page) => placeUrl(name, page, edition) },
    { key: 'agencies', label: dict.agencyLabel, plural: dict.agencyPlural, terms: archive.agencies, urlFor: (name, page) => agencyUrl(name, page, edition) },
  ];
}
