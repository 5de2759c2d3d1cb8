import type { Element, ElementContent, Root, Text } from 'hast';
import type { VFile } from 'vfile';
import { textDirection } from '../lib/language.ts';

/**
 * A run of Latin-script words with the digits and punctuation between them, or a number
 * with its separators (2,500; 12.5; 2024-09-08; 10:30).
 */
const LATIN_RUN = /\p{Script=Latin}(?:[\p{Script=Latin}\p{N}'’.\-&]|\s(?=[\p{Script=Latin}\p{N}]))*|\p{Nd}(?:[\p{Nd}]|[,.:/\-](?=\p{Nd}))*/gu;

const SKIP = new Set(['bdi', 'code', 'pre', 'time']);

/**
 * In right-to-left articles, wraps Latin names and phrases, and numbers, in `<bdi>` so that
 * their punctuation keeps its order inside the Arabic sentence.
 */
export default function rehypeIsolateLatin() {
  return (tree: Root, file: VFile) => {
    const frontmatter = (file.data.astro as { frontmatter?: { lang?: unknown } } | undefined)?.frontmatter;
    const lang = typeof frontmatter?.lang === 'string' ? frontmatter.lang : 'en';
    if (textDirection(lang) !== 'rtl') return;
    isolateIn(tree);
  };
}

function isolateIn(parent: Root | Element): void {
  parent.children = parent.children.flatMap((child): ElementContent[] => {
    if (child.type === 'element') {
      if (!SKIP.has(child.tagName)) isolateIn(child);
      return [child];
    }
    if (child.type === 'text') return splitLatin(child);
    return child.type === 'comment' ? [child] : [];
  }) as typeof parent.children;
}

/** Splits a text node into text and `<bdi>` elements around its Latin runs. */
export function splitLatin(node: Text): ElementContent[] {
  const parts: ElementContent[] = [];
  let last = 0;
  for (const match of node.value.matchAll(LATIN_RUN)) {
    if (match.index > last) parts.push({ type: 'text', value: node.value.slice(last, match.index) });
    parts.push({ type: 'element', tagName: 'bdi', properties: {}, children: [{ type: 'text', value: match[0] }] });
    last = match.index + match[0].length;
  }
  if (parts.length === 0) return [node];
  if (last < node.value.length) parts.push({ type: 'text', value: node.value.slice(last) });
  return parts;
}
