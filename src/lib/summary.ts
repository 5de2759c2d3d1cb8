import type { Paragraph, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

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
 * The first sentence of a text, for index pages and meta descriptions. Abbreviations such
 * as "U.S." and initials do not end a sentence; a sentence too long is cut at a word.
 */
export function firstSentence(text: string): string {
  const sentenceEnd = /(?<!\b(?:[A-Z]|Mr|Mrs|Ms|Dr|St|Gen|Col|Lt|Sgt|Gov|Sen|Rep|Prof|Jr|Sr|No|vs|U\.S|U\.N|U\.K))[.!?؟](?:["”’»)]*)(?=\s+["“‘«(]?[\p{Lu}\p{Script=Arabic}\d])/u;
  const match = sentenceEnd.exec(text);
  const sentence = match ? text.slice(0, match.index + match[0].length) : text;
  return truncate(sentence, MAX_SUMMARY_LENGTH);
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
