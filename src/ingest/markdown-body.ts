import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';

// remark-gfm in the serializer makes it escape GFM syntax too (~~strike~~, tables), so the
// text stays literal even if a site later renders with GFM on.
const serializer = unified().use(remarkStringify).use(remarkGfm);

/** Markdown for the article body: one paragraph per text, escaped by the serializer. */
export function paragraphsToMarkdown(paragraphs: readonly string[]): string {
  const tree: Root = {
    type: 'root',
    children: paragraphs.map((value) => ({ type: 'paragraph', children: [{ type: 'text', value }] })),
  };
  return serializer.stringify(tree);
}
