import type { ParsedArticle } from './parse-article.ts';
import type { RemovedWhy } from './recognize/line-kinds.ts';

/** Lines longer than this are shown cut, with their length (`--json` has them whole). */
const MAX_SHOWN = 200;

const shown = (text: string) => (text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)}… (${text.length} characters)` : text);
const quoted = (text: string | null) => (text === null ? 'none' : `"${shown(text)}"`);

/**
 * What the importer recognized in an article and every line it left out, for `--dry-run`:
 * an editor sees it before anything is written.
 */
export function describeArticle(article: ParsedArticle, position: number, path: string): string {
  const lines = [
    `article ${position}: ${quoted(article.title)} -> ${path}`,
    `  dateline ${quoted(article.dateline)}, byline ${quoted(article.byline)}, ${article.paragraphs.length} paragraph${article.paragraphs.length === 1 ? '' : 's'}`,
    ...article.images.map((image, index) => `  photo ${index + 1}: credit ${quoted(image.credit)}; caption ${quoted(image.caption)}`),
    ...article.removed.map(({ line, why }) => `  removed (${why}): ${shown(line)}`),
  ];
  return lines.join('\n');
}

/** Counts of removed lines by reason, e.g. `3 widget, 1 trailer`; empty when none. */
export function countRemoved(counts: ReadonlyMap<RemovedWhy, number>): string {
  return [...counts.entries()].map(([why, count]) => `${count} ${why}`).join(', ');
}
