import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';

// remark-gfm in the serializer makes it escape GFM syntax too (~~strike~~, tables), so the
// text stays literal even if a site later renders with GFM on.
const serializer = unified().use(remarkStringify).use(remarkGfm);

/**
 * Text the serializer writes back unchanged: no character it ever escapes in running text
 * (`* _ ` < > [ ] \ ~ | & @`, tabs, line breaks), no line-start marker (`#`, `+`, `-`, `=`,
 * `:`, `1.`, `1)`), no autolink literal (`www.`, `http://`), no leading or trailing space.
 * Anything else goes through the serializer. Checked against it on the fixtures, a synthetic
 * archive and a million random strings over the Markdown punctuation: same output.
 */
const PLAIN_PARAGRAPH = /^(?![#+\-=:]|\d+[.)])[^\s*_`<>[\]\\~|&@](?:[^\t\n\r*_`<>[\]\\~|&@]*[^\s*_`<>[\]\\~|&@])?$/u;
const AUTOLINK_LITERAL = /[Ww]\.[-.\w]|[ps]:\//u;

function isPlain(text: string): boolean {
  return PLAIN_PARAGRAPH.test(text) && !AUTOLINK_LITERAL.test(text);
}

/** Markdown for the article body: one paragraph per text, escaped by the serializer. */
export function paragraphsToMarkdown(paragraphs: readonly string[]): string {
  // Most news paragraphs need no escaping: the serializer costs more than the rest of the import.
  if (paragraphs.length > 0 && paragraphs.every(isPlain)) return `${paragraphs.join('\n\n')}\n`;
  const tree: Root = {
    type: 'root',
    children: paragraphs.map((value) => ({ type: 'paragraph', children: [{ type: 'text', value }] })),
  };
  return serializer.stringify(tree);
}
