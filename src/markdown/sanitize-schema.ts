import type { Options } from 'rehype-sanitize';

/**
 * What an article body may contain after rendering: text structure, emphasis, quotes,
 * lists, links to http(s) and mailto, and the `<time>` elements of resolved weekdays.
 * No raw HTML, no images in the body (photos live in front matter), no ids or classes.
 */
export const articleSanitizeSchema: Options = {
  strip: ['script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed'],
  clobberPrefix: 'user-content-',
  clobber: ['name', 'id'],
  tagNames: [
    'p', 'br', 'hr', 'em', 'strong', 'b', 'i', 'q', 'blockquote', 'ul', 'ol', 'li', 'a',
    'h2', 'h3', 'h4', 'code', 'pre', 'sub', 'sup', 'abbr', 'bdi', 'time', 'del', 'ins', 's',
  ],
  attributes: {
    a: ['href', 'title'],
    abbr: ['title'],
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

