import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCalendarDate, toIsoDate } from '../lib/dates.ts';
import type { ArticleHead } from '../lib/sitemap-editions.ts';

const FRONT_MATTER_HEAD = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---/u;
const SLUG = /^slug:\s*["']?([a-z0-9-]+)/mu;
const FIELD = (name: string) => new RegExp(`^${name}:\\s*["']?(\\d{4}-\\d{1,2}-\\d{1,2})\\b`, 'mu');
const LANG = /^lang:\s*["']?([A-Za-z0-9-]+)/mu;
const TRANSLATION_OF = /^translationOf:\s*["']?([a-z0-9-]+)/mu;
const DRAFT = /^draft:\s*true\b/mu;

/**
 * What the sitemap needs of each article file in a folder, read straight from the front
 * matter because the sitemap integration runs outside the content collection: slug (the
 * file name when there is no `slug` field), language, last-modified date (`updated`, else
 * `date`), publication date, draft flag and the article it translates.
 */
export function readArticleHeads(dir: string): ArticleHead[] {
  let names: string[] = [];
  try {
    names = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.md'));
  } catch {
    return [];
  }
  return names.map((name) => {
    const head = FRONT_MATTER_HEAD.exec(readFileSync(join(dir, name), 'utf8').slice(0, 8192))?.[1] ?? '';
    const published = parseCalendarDate(FIELD('date').exec(head)?.[1]);
    const modified = parseCalendarDate(FIELD('updated').exec(head)?.[1]) ?? published;
    return {
      slug: SLUG.exec(head)?.[1] ?? name.replace(/\.md$/u, '').split(/[\\/]/u).pop() ?? name,
      lang: LANG.exec(head)?.[1] ?? 'en',
      ...(published ? { date: toIsoDate(published) } : {}),
      ...(modified ? { lastModified: toIsoDate(modified) } : {}),
      draft: DRAFT.test(head),
      ...(TRANSLATION_OF.exec(head) ? { translationOf: TRANSLATION_OF.exec(head)![1] } : {}),
    };
  });
}

/** Last-modified dates (`updated`, else `date`) of the article files in a folder, by slug. */
export function articleLastModified(dir: string): Map<string, string> {
  return new Map(readArticleHeads(dir).flatMap((head) => (head.lastModified ? [[head.slug, head.lastModified] as const] : [])));
}
