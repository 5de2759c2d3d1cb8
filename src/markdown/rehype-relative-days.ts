/**
 * Rehype plugin: wrap weekday references ("on Saturday") in
 * `<time datetime="2024-09-07" title="Saturday, September 7, 2024">`,
 * resolved against the article's publication date.
 *
 * Reads `date` and `lang` from the front matter Astro puts on the vfile
 * (`file.data.astro.frontmatter`). Without a usable date it does nothing.
 * Each text block (`p`, `li`, `td`, …) is analysed as a whole so the
 * sentence around a weekday is visible; text inside `time`, `a`, `code`,
 * `pre` still gives context but is never wrapped. A reference split
 * across two text nodes is skipped.
 */
import type { Element, ElementContent, Root, Text } from 'hast';
import type { VFile } from 'vfile';
import { SKIP, visit } from 'unist-util-visit';
import { formatLongDate, parseCalendarDate } from '../lib/dates.ts';
import { findWeekdayReferences, type WeekdayReference } from '../lib/relative-days.ts';
import { site } from '../site.config.ts';

type ArticleContext = { published: Date; lang: string };
type Segment = { node: Text; parent: Element; start: number; end: number; wrappable: boolean };

/** Elements analysed as one piece of running text. */
const TEXT_BLOCKS = new Set(['p', 'li', 'dt', 'dd', 'td', 'th', 'figcaption', 'caption', 'blockquote']);
/** Elements whose text is never wrapped. */
const OPAQUE = new Set(['time', 'a', 'code', 'pre', 'kbd', 'samp', 'script', 'style', 'textarea']);

/** Unified attacher: `unified().use(rehypeRelativeDays)`. */
export function rehypeRelativeDays(): (tree: Root, file: VFile) => void {
  return (tree, file) => {
    const article = readArticleContext(file.data);
    if (!article) return;
    visit(tree, 'element', (node) => {
      if (OPAQUE.has(node.tagName)) return SKIP;
      if (TEXT_BLOCKS.has(node.tagName)) wrapWeekdays(node, article);
      return undefined;
    });
  };
}

export default rehypeRelativeDays;

/** Publication date and language from `file.data.astro.frontmatter`, if there is a date. */
export function readArticleContext(data: unknown): ArticleContext | undefined {
  const astro = isRecord(data) ? data.astro : undefined;
  const frontmatter = isRecord(astro) ? astro.frontmatter : undefined;
  if (!isRecord(frontmatter)) return undefined;
  const published = parseCalendarDate(frontmatter.date);
  if (!published) return undefined;
  const lang = typeof frontmatter.lang === 'string' && frontmatter.lang !== '' ? frontmatter.lang : 'en';
  return { published, lang };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/**
 * Find references over the block's whole text and wrap those that sit inside one wrappable
 * text node. Segments and references are both in text order, so one walk pairs them, and each
 * parent's children are rebuilt once: linear however many weekdays and text nodes there are.
 */
function wrapWeekdays(block: Element, article: ArticleContext): void {
  const segments: Segment[] = [];
  const text = collectText(block, true, segments, '');
  const references = findWeekdayReferences(text, article.published, article.lang);
  if (references.length === 0) return;
  const replacements = new Map<Element, Map<Text, ElementContent[]>>();
  let next = 0;
  for (const segment of segments) {
    while (next < references.length && references[next]!.start < segment.start) next += 1;
    const inside: WeekdayReference[] = [];
    while (next < references.length && references[next]!.end <= segment.end) inside.push(references[next++]!);
    if (!segment.wrappable || inside.length === 0) continue;
    const forParent = replacements.get(segment.parent) ?? new Map<Text, ElementContent[]>();
    forParent.set(segment.node, splitTextNode(segment, inside, article.lang));
    replacements.set(segment.parent, forParent);
  }
  for (const [parent, pieces] of replacements) {
    parent.children = parent.children.flatMap((child) => (child.type === 'text' ? (pieces.get(child) ?? [child]) : [child]));
  }
}

/**
 * Append the text under `element` to `text`, recording where each text node
 * lands. Nested text blocks are left to their own pass; `<br>` reads as a
 * line break.
 */
function collectText(element: Element, wrappable: boolean, segments: Segment[], text: string): string {
  let result = text;
  for (const child of element.children) {
    if (child.type === 'text') {
      segments.push({ node: child, parent: element, start: result.length, end: result.length + child.value.length, wrappable });
      result += child.value;
    } else if (child.type === 'element' && child.tagName === 'br') {
      result += '\n';
    } else if (child.type === 'element' && !TEXT_BLOCKS.has(child.tagName)) {
      result = collectText(child, wrappable && !OPAQUE.has(child.tagName), segments, result);
    }
  }
  return result;
}

/** One text node as text and `<time>` pieces. */
function splitTextNode(segment: Segment, references: WeekdayReference[], lang: string): ElementContent[] {
  const { node } = segment;
  const pieces: ElementContent[] = [];
  let cursor = 0;
  for (const reference of references) {
    const start = reference.start - segment.start;
    if (start > cursor) pieces.push({ type: 'text', value: node.value.slice(cursor, start) });
    pieces.push(timeElement(reference, lang));
    cursor = reference.end - segment.start;
  }
  if (cursor < node.value.length) pieces.push({ type: 'text', value: node.value.slice(cursor) });
  return pieces;
}

/** `<time datetime="YYYY-MM-DD" title="Saturday, September 7, 2024">Saturday</time>` */
function timeElement(reference: WeekdayReference, lang: string): Element {
  return {
    type: 'element',
    tagName: 'time',
    properties: { dateTime: reference.date, title: formatLongDate(new Date(`${reference.date}T00:00:00Z`), lang, site.arabicDates) },
    children: [{ type: 'text', value: reference.text }],
  };
}
