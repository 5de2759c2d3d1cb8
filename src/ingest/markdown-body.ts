import type { Root } from 'mdast';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';

// CommonMark only: the site renders with GFM off (astro.config.mjs), so GFM-only syntax such
// as ~~strike~~ stays literal there. Leaving remark-gfm out of the serializer is a sixth of
// the import's CPU time; add it back (.use(remarkGfm)) if the site ever renders with GFM.
const serializer = unified().use(remarkStringify);

/** Markdown for the article body: one paragraph per text, escaped by the serializer. */
export function paragraphsToMarkdown(paragraphs: readonly string[]): string {
  const tree: Root = {
    type: 'root',
    children: paragraphs.map((value) => ({ type: 'paragraph', children: [{ type: 'text', value }] })),
  };
  return serializer.stringify(tree);
}
