import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';

/**
 * Turns raw HTML in Markdown into plain text, so that `<script>` typed into an article
 * shows as those characters instead of being run or silently dropped.
 */
export default function remarkHtmlAsText() {
  return (tree: Root) => {
    visit(tree, 'html', (node, index, parent) => {
      if (!parent || index === undefined) return;
      const text = { type: 'text' as const, value: node.value };
      // Block-level HTML stands where a paragraph would: keep it one.
      parent.children[index] = parent.type === 'paragraph' ? text : { type: 'paragraph', children: [text] };
    });
  };
}
