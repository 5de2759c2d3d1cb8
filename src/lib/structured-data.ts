/**
 * schema.org JSON-LD for articles and the site, built from plain values so that it can
 * be tested without a build. Dates are calendar dates (YYYY-MM-DD), as the archive has them.
 */

export interface Publisher {
  name: string;
  url: string;
  logoUrl: string;
}

export interface NewsArticleInput {
  url: string;
  headline: string;
  description: string;
  datePublished?: string;
  dateModified?: string;
  lang: string;
  byline?: string | null;
  dateline?: string | null;
  section?: string;
  keywords: readonly string[];
  imageUrls: readonly string[];
  publisher: Publisher;
}

/** Google asks for headlines of at most 110 characters. */
const MAX_HEADLINE = 110;

export function newsArticleJsonLd(article: NewsArticleInput): Record<string, unknown> {
  const organization = organizationJsonLd(article.publisher);
  return compact({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    mainEntityOfPage: { '@type': 'WebPage', '@id': article.url },
    url: article.url,
    headline: article.headline.length > MAX_HEADLINE ? `${article.headline.slice(0, MAX_HEADLINE - 1)}…` : article.headline,
    description: article.description,
    datePublished: article.datePublished,
    dateModified: article.dateModified ?? article.datePublished,
    inLanguage: article.lang,
    author: article.byline ? { '@type': 'Organization', name: article.byline } : organization,
    publisher: organization,
    articleSection: article.section,
    keywords: article.keywords.length > 0 ? article.keywords.join(', ') : undefined,
    image: article.imageUrls.length > 0 ? article.imageUrls : undefined,
    locationCreated: article.dateline ? { '@type': 'Place', name: article.dateline } : undefined,
  });
}

export function organizationJsonLd(publisher: Publisher): Record<string, unknown> {
  return {
    '@type': 'NewsMediaOrganization',
    name: publisher.name,
    url: publisher.url,
    logo: { '@type': 'ImageObject', url: publisher.logoUrl },
  };
}

export function websiteJsonLd(input: { name: string; url: string; description: string; lang: string; searchUrl: string; publisher: Publisher }) {
  return [
    {
      '@context': 'https://schema.org',
      '@type': 'WebSite',
      name: input.name,
      url: input.url,
      description: input.description,
      inLanguage: input.lang,
      potentialAction: {
        '@type': 'SearchAction',
        target: { '@type': 'EntryPoint', urlTemplate: `${input.searchUrl}?q={search_term_string}` },
        'query-input': 'required name=search_term_string',
      },
    },
    { '@context': 'https://schema.org', ...organizationJsonLd(input.publisher) },
  ];
}

/** JSON for a `<script type="application/ld+json">`: `<` escaped so text cannot close the element. */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

function compact(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined && value !== null));
}
