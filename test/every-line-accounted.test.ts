import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import type { ParsedArticle } from '../src/ingest/parse-article.ts';
import { readArticles } from '../src/ingest/read-articles.ts';
import { openDump } from '../src/ingest/read-dump.ts';
import { TEXT_SIZE_WIDGET } from '../src/ingest/recognize/line-kinds.ts';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Every .txt dump under the given folders (recursively), paths from the project root. */
function dumpsUnder(...folders: string[]): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    if (!existsSync(dir)) return;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.txt')) found.push(relative(root, path));
    }
  };
  for (const folder of folders) walk(join(root, folder));
  return found.sort();
}

const DUMPS = [...dumpsUnder('test/fixtures/dumps', 'test/fixtures/real'), 'content/dumps/news-dump-sample.txt'];

const normalize = (line: string) => line.replace(/\s+/gu, ' ').trim().toLowerCase();

/**
 * True when `line` is one of the article's parts: its headline, a caption with its credit, its
 * dateline or byline line, a paragraph (the first one after its inline dateline), or a line it
 * reports in `removed`.
 */
function accountsFor(article: ParsedArticle, line: string): boolean {
  if (normalize(line) === normalize(article.title)) return true;
  if (article.paragraphs.includes(line) || article.removed.some((entry) => entry.line === line)) return true;
  // The paragraph an inline dateline was cut from (the first after any summary bullets).
  if ((article.dateline ?? article.byline) && article.paragraphs.some((paragraph) => line.length > paragraph.length && line.endsWith(paragraph))) return true;
  // A caption line (a gallery's has a bullet), or its alt text printed without the credit.
  const isCaption = article.images.some(({ caption, credit }) =>
    caption === '' ? credit !== null && line.includes(credit) : line.replace(/^[•●▪]\s*/u, '').startsWith(caption.replace(/[.…]$/u, '')),
  );
  if (isCaption) return true;
  const lower = line.toLowerCase();
  const attribution = [article.dateline, ...(article.byline?.split(' / ') ?? [])].filter((part): part is string => !!part);
  return line.length <= 100 && attribution.some((part) => lower.includes(part.toLowerCase()));
}

describe('nothing lost: every line of every fixture dump is accounted for', () => {
  test('the fixture folders hold dumps', () => {
    expect(DUMPS.length).toBeGreaterThanOrEqual(8);
  });

  test.each(DUMPS)('%s', async (file) => {
    const path = join(root, file);
    const stray: string[] = [];
    const articles: ParsedArticle[] = [];
    const dump = await openDump(path);
    for await (const item of readArticles(dump, (line) => stray.push(line))) articles.push(item.article);
    const text = new TextDecoder(dump.encoding).decode(readFileSync(path));
    const unaccounted = text
      .split(/\r?\n|\r/u)
      .map((line) => line.trim())
      .filter((line) => line !== '' && !TEXT_SIZE_WIDGET.test(line))
      .filter((line) => !stray.includes(line) && !articles.some((article) => accountsFor(article, line)));
    expect(unaccounted).toEqual([]);
  });

  test('the check finds a line that an article lost', () => {
    const article: ParsedArticle = { title: 'Headline', images: [], dateline: null, byline: null, paragraphs: ['Kept.'], removed: [] };
    expect(accountsFor(article, 'Kept.')).toBe(true);
    expect(accountsFor(article, 'A sentence nobody kept.')).toBe(false);
  });
});
