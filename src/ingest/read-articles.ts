import { parseArticle, type ParsedArticle } from './parse-article.ts';
import { readArticleBlocks, type Dump } from './read-dump.ts';

/** An article read from a dump, with its 1-based position among the dump's articles. */
export interface DumpArticle {
  position: number;
  article: ParsedArticle;
  bytesRead: number;
}

/**
 * Yields the articles of a dump in order. A block of a single line, which has no body,
 * is a paragraph set off by extra blank lines: it joins the article before it. One before
 * any article cannot be placed and is reported through `onStrayLine`.
 */
export async function* readArticles(
  dump: Dump,
  onStrayLine: (line: string) => void = () => {},
): AsyncGenerator<DumpArticle> {
  let held: DumpArticle | null = null;
  let position = 0;
  for await (const block of readArticleBlocks(dump)) {
    const article = parseArticle(block.text);
    if (!article) continue;
    if (article.paragraphs.length === 0 && held) {
      held.article.paragraphs.push(article.title);
      continue;
    }
    if (held) yield held;
    if (article.paragraphs.length === 0) {
      onStrayLine(article.title);
      continue;
    }
    position += 1;
    held = { position, article, bytesRead: block.bytesRead };
  }
  if (held) yield held;
}
