import type { Nodes, Root } from 'mdast';

/**
 * The deepest nesting of Markdown blocks and spans (quotes in quotes, lists in lists,
 * emphasis in links…) a body may have. The unified plugins after the parser walk the tree
 * recursively, so a deeper body overflows the stack; where it does depends on the thread's
 * stack (about 2,000 quotes on the main thread, four times as many on a worker thread, which
 * the loader renders on: see src/data/pooled-markdown.ts). This limit, well under both, makes
 * the outcome the same wherever a body is rendered. No news article comes near it.
 */
export const MAX_MARKDOWN_NESTING = 500;

/** Refuses a body nested deeper than MAX_MARKDOWN_NESTING, before any recursive walk. */
export default function remarkNestingLimit() {
  return (tree: Root) => {
    const pending: [Nodes, number][] = [[tree, 0]];
    for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
      const [node, depth] = next;
      if (depth > MAX_MARKDOWN_NESTING) {
        throw new Error(`Markdown nested more than ${MAX_MARKDOWN_NESTING} levels deep (quotes, lists or emphasis inside each other) cannot be rendered`);
      }
      if ('children' in node) for (const child of node.children) pending.push([child, depth + 1]);
    }
  };
}
