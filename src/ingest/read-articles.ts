import { parseBlock, type ParsedArticle } from './parse-article.ts';
import { classifyLine, type RemovedLine } from './recognize/line-kinds.ts';
import { readArticleBlocks, type Dump } from './read-dump.ts';

/** An article read from a dump, with its 1-based position among the dump's articles. */
export interface DumpArticle {
  position: number;
  article: ParsedArticle;
  bytesRead: number;
}

/**
 * Yields the articles of a dump in order. A block of a single line, which has no body, is a
 * paragraph set off by extra blank lines: it joins the article before it (a widget, furniture
 * or trailer line is reported in that article's `removed` instead); at the start of the dump it
 * is the headline of the next block. A teaser of another story or a block of page furniture is
 * reported in the article before it. Lines that cannot be placed are reported through `onStrayLine`.
 */
export async function* readArticles(
  dump: Dump,
  onStrayLine: (line: string) => void = () => {},
): AsyncGenerator<DumpArticle> {
  let held: DumpArticle | null = null;
  let position = 0;
  const leftOut = (removed: readonly RemovedLine[]) => {
    if (held) held.article.removed.push(...removed);
    else for (const { line } of removed) onStrayLine(line);
  };
  // A headline (and its photos) set off from its article by extra blank lines, at the start of the dump.
  let pendingTitle: string | null = null;
  for await (const block of readArticleBlocks(dump)) {
    const text: string = pendingTitle === null ? block.text : `${pendingTitle}\n\n${block.text}`;
    pendingTitle = null;
    const parsed = parseBlock(text);
    if (!parsed) continue;
    if (parsed.kind === 'teaser' && !held) {
      // A headline and its photos set off from their body by blank lines, at the start of the dump.
      pendingTitle = text;
      continue;
    }
    if (parsed.kind !== 'article') {
      leftOut(parsed.removed);
      continue;
    }
    const { article } = parsed;
    if (article.paragraphs.length === 0 && held) {
      leftOut(article.removed);
      const kind = classifyLine(article.title);
      if (kind) held.article.removed.push({ line: article.title, why: kind });
      else held.article.paragraphs.push(article.title);
      continue;
    }
    if (held) yield held;
    if (article.paragraphs.length === 0) {
      leftOut(article.removed);
      pendingTitle = article.title;
      continue;
    }
    position += 1;
    held = { position, article, bytesRead: block.bytesRead };
  }
  if (pendingTitle !== null) for (const line of pendingTitle.split('\n')) if (line.trim() !== '') onStrayLine(line.trim());
  if (held) yield held;
}
