import { site } from '../site.config.ts';

/**
 * Every interface string of the English edition. The other languages' dictionaries have the
 * same keys (the `Dictionary` type in ./index.ts is derived from this one), so a key missing
 * from any of them fails `astro check`. `{name}` marks a value filled in; plural messages
 * are objects with Intl.PluralRules categories as keys and `{count}` for the number.
 */
export const en = {
  /** This edition's language, as its readers call it (the language switch shows it). */
  languageName: 'English',
  siteName: site.name,
  siteDescription: site.description,

  skipLink: 'Skip to content',
  siteNavLabel: 'Site',
  navLatest: 'Latest',
  navTopics: 'Topics',
  navSearch: 'Search',
  footer: '{site}: {description}',
  languageSwitchLabel: 'Editions',
  /** Before the link to an article's translation: "Also in: العربية". */
  translationsLabel: 'Also in',

  homeHeading: '{site}: latest news',
  listingPageTitle: '{title} (page {page} of {last})',
  listingPageHeading: ' · page {page}',
  paginationLabel: 'Pages',
  paginationPage: 'Page ',
  newer: 'Newer',
  older: 'Older',

  readingTime: { one: '{count} min read', other: '{count} min read' },
  articleTopics: 'Topics',
  moreFrom: 'More from',
  printedFrom: 'Printed from',
  articleNavLabel: 'More articles',
  related: 'Related',
  photoCredit: 'Photo: ',

  taxonomyTitle: '{label}: {name}',
  taxonomyDescription: { one: '{count} article filed under {name}.', other: '{count} articles filed under {name}.' },
  topicLabel: 'Topic',
  topicPlural: 'Topics',
  placeLabel: 'Dateline',
  placePlural: 'Places',
  agencyLabel: 'Photos by',
  agencyPlural: 'Photo agencies',
  topicsTitle: 'Topics',
  topicsDescription: 'Every topic, dateline place and photo agency in the archive.',
  topicsNone: 'None yet.',
  /** A home or search page of an edition that has no article yet. */
  editionEmpty: 'No articles have been published in this edition yet.',

  searchTitle: 'Search',
  searchDescription: 'Search every article in the archive.',
  searchHeading: 'Search the archive',
  searchNoScriptBefore: 'Search needs JavaScript. Without it, browse the archive by',
  searchNoScriptLink: 'topic, dateline place or photo agency',
  searchNoScriptAfter: '.',
  /** Pagefind filter names, shown in the search page's filter panel. */
  searchTopicFilter: 'topic',
  searchLanguageFilter: 'language',

  notFoundTitle: 'Page not found',
  notFoundDescription: 'This page does not exist.',
  notFoundText: 'There is no page at this address. The article may have moved, or the link may be mistyped.',
  notFoundLatest: 'Latest news',
  notFoundTopics: 'Browse by topic or place',
  notFoundSearch: 'Search the archive',

  movedTitle: 'This article has moved',
  movedText: 'This article is now at',

  feedTopicDescription: 'The newest articles filed under {topic}. {description}',
} as const;
