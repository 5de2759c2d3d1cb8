import type { Options } from 'rehype-sanitize';

/**
 * What an article body may contain after rendering: paragraphs and line breaks, emphasis,
 * quotes and lists (editors write them), links to http(s) and mailto, the `<time>` elements
 * of resolved weekdays and the `<bdi>` isolation of Latin runs in Arabic. Anything else
 * (headings, code, images, raw HTML) is reduced to its text. No ids or classes.
 */
export const articleSanitizeSchema: Options = {
  strip: ['script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed'],
  clobberPrefix: 'user-content-',
  clobber: ['name', 'id'],
  tagNames: ['p', 'br', 'em', 'strong', 'blockquote', 'q', 'ul', 'ol', 'li', 'a', 'time', 'bdi'],
  attributes: {
    a: ['href', 'title'],
    time: ['dateTime', 'title'],
    ol: ['start'],
    blockquote: ['cite'],
    q: ['cite'],
  },
  protocols: {
    href: ['http', 'https', 'mailto'],
    cite: ['http', 'https'],
  },
  required: {},
  ancestors: { li: ['ol', 'ul'] },
  allowComments: false,
  allowDoctypes: false,
};

