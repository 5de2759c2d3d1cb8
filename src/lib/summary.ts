import type { Paragraph, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { sentenceSpans } from './sentences.ts';

const parser = unified().use(remarkParse);

/** Longest summary before it is cut at a word boundary. */
const MAX_SUMMARY_LENGTH = 220;

/** Plain text of the first paragraph of a Markdown body (escapes undone, markup dropped). */
export function firstParagraphText(markdown: string): string {
  // Only the first block is parsed: summaries are needed for every article on every list.
  const firstBlock = markdown.trimStart().split(/\n[^\S\n]*\n/u, 1)[0] ?? '';
  const tree = parser.parse(firstBlock) as Root;
  const paragraph = tree.children.find((node): node is Paragraph => node.type === 'paragraph');
  return paragraph ? toString(paragraph).replace(/\s+/gu, ' ').trim() : '';
}

/**
 * The first sentence of a text, for index pages and meta descriptions (see sentences.ts for
 * what ends one); a sentence too long is cut at a word.
 */
export function firstSentence(text: string): string {
  const [first] = sentenceSpans(text, 2);
  return truncate(text.slice(0, first?.end ?? text.length).trim(), MAX_SUMMARY_LENGTH);
}

/** Cuts text at a word boundary and adds an ellipsis when it is longer than `max`. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:.–—-]+$/u, '')}…`;
}

/** Summary of an article body: the first sentence of its first paragraph. */
export function summarize(markdown: string): string {
  return firstSentence(firstParagraphText(markdown));
}
