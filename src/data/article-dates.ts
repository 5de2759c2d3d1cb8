import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCalendarDate, toIsoDate } from '../lib/dates.ts';

const FRONT_MATTER_HEAD = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---/u;
const SLUG = /^slug:\s*["']?([a-z0-9-]+)/mu;
const FIELD = (name: string) => new RegExp(`^${name}:\\s*["']?(\\d{4}-\\d{1,2}-\\d{1,2})\\b`, 'mu');

/**
 * Last-modified dates (`updated`, else `date`) of the article files in a folder, by slug
 * (the file name when there is no `slug` field). Read straight from the files because the
 * sitemap integration runs outside the content collection.
 */
export function articleLastModified(dir: string): Map<string, string> {
  const dates = new Map<string, string>();
  let names: string[] = [];
  try {
    names = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.md'));
  } catch {
    return dates;
  }
  for (const name of names) {
    const head = FRONT_MATTER_HEAD.exec(readFileSync(join(dir, name), 'utf8').slice(0, 8192))?.[1] ?? '';
    const written = FIELD('updated').exec(head)?.[1] ?? FIELD('date').exec(head)?.[1];
    const date = parseCalendarDate(written);
    const slug = SLUG.exec(head)?.[1] ?? name.replace(/\.md$/u, '').split(/[\\/]/u).pop() ?? name;
    if (date) dates.set(slug, toIsoDate(date));
  }
  return dates;
}
