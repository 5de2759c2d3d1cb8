import type { Root } from 'mdast';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';

// CommonMark only: the site renders with GFM off (astro.config.mjs), so GFM-only syntax such
// as ~~strike~~ stays literal there. Leaving remark-gfm out of the serializer is a sixth of
// the import's CPU time; add it back (.use(remarkGfm)) if the site ever renders with GFM.
const serializer = unified().use(remarkStringify);

/**
 * The characters remark-stringify may escape or encode wherever they stand in a paragraph
 * (mdast-util-to-markdown's `unsafe` patterns for text, and its backslash escapes); every
 * control character (line ends and tabs among them) is added below.
 */
const SYNTAX_ANYWHERE = '&*<[\\]_`';
/** The characters it may escape at the start of a paragraph, where they could open a heading, quote, list, rule, fence or HTML. */
const SYNTAX_AT_START = '#*+-<=>[_`~';
/** After digits at the start of a paragraph, these would make an ordered list's marker (`1.`, `1)`). */
const ORDERED_LIST_MARKERS = '.)';

const characterClass = (characters: string) => `[${characters.replace(/[\\\]^-]/gu, '\\$&')}]`;
// No `u` flag: every character here is in the BMP, and V8 scans a class three times faster
// without it. `\s` is Unicode whitespace (NBSP, U+2028, …) with or without the flag.
const ANYWHERE = new RegExp(`${characterClass(SYNTAX_ANYWHERE)}|[\\u0000-\\u001f\\u007f]`);
const AT_START = new RegExp(`^(?:\\s|${characterClass(SYNTAX_AT_START)}|\\d+${characterClass(ORDERED_LIST_MARKERS)})`);
const WHITESPACE = /\s/;

/**
 * True when remark-stringify writes `text`, as a paragraph, exactly as it is: it holds none of
 * the characters above where they count, and neither starts nor ends with whitespace (which
 * remark encodes). Conservative: what it is unsure of goes to remark. Linear in the text.
 */
export function isPlainParagraph(text: string): boolean {
  return text !== '' && !ANYWHERE.test(text) && !AT_START.test(text) && !WHITESPACE.test(text.charAt(text.length - 1));
}

/**
 * Markdown for the article body: one paragraph per text. When every paragraph is plain
 * (isPlainParagraph), they are laid out as remark lays out paragraphs (a blank line between
 * them, a line end after the last), skipping its escape patterns, most of the import's
 * serializing time; otherwise remark-stringify writes the body. test/markdown-body.test.ts
 * proves both give the same bytes over a generated corpus of hostile text.
 */
export function paragraphsToMarkdown(paragraphs: readonly string[]): string {
  if (paragraphs.length > 0 && paragraphs.every(isPlainParagraph)) return `${paragraphs.join('\n\n')}\n`;
  return paragraphsToMarkdownByRemark(paragraphs);
}

/** The body with every paragraph escaped by remark-stringify: what the fast path must equal. */
export function paragraphsToMarkdownByRemark(paragraphs: readonly string[]): string {
  const tree: Root = {
    type: 'root',
    children: paragraphs.map((value) => ({ type: 'paragraph', children: [{ type: 'text', value }] })),
  };
  return serializer.stringify(tree);
}
