import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCalendarDate, toIsoDate } from '../lib/dates.ts';
import type { ArticleHead } from '../lib/sitemap-editions.ts';
import { readFrontMatterAsAstro } from '../lib/astro-front-matter.ts';

/**
 * What the sitemap needs of each article file in a folder, read from the front matter with
 * Astro's own reader because the sitemap integration runs outside the content collection:
 * slug (the file name when there is no `slug` field), language, last-modified date
 * (`updated`, else `date`), publication date, draft flag and the article it translates.
 * A file whose front matter is not valid YAML fails with its name.
 */
export function readArticleHeads(dir: string): ArticleHead[] {
  let names: string[] = [];
  try {
    names = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.md'));
  } catch {
    return [];
  }
  return names.map((name) => articleHead(name, readFileSync(join(dir, name), 'utf8')));
}

/** The sitemap's view of one article file (`name` relative to the articles folder). */
export function articleHead(name: string, fileText: string): ArticleHead {
  let fields: Record<string, unknown>;
  try {
    fields = readFrontMatterAsAstro(fileText);
  } catch (error) {
    throw new Error(`${name}: the front matter is not valid YAML (${error instanceof Error ? error.message : String(error)})`, { cause: error });
  }
  const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
  const published = parseCalendarDate(fields.date);
  const modified = parseCalendarDate(fields.updated) ?? published;
  const translationOf = text(fields.translationOf);
  return {
    slug: text(fields.slug) ?? name.replace(/\.md$/u, '').split(/[\\/]/u).pop() ?? name,
    lang: text(fields.lang) ?? 'en',
    ...(published ? { date: toIsoDate(published) } : {}),
    ...(modified ? { lastModified: toIsoDate(modified) } : {}),
    draft: fields.draft === true,
    ...(translationOf ? { translationOf } : {}),
  };
}

/** Last-modified dates (`updated`, else `date`) of the articles, by slug. */
export function articleLastModified(heads: readonly ArticleHead[]): Map<string, string> {
  return new Map(heads.flatMap((head) => (head.lastModified ? [[head.slug, head.lastModified] as const] : [])));
}
