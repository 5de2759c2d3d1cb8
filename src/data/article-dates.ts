import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const FRONT_MATTER_HEAD = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---/u;
const FIELD = (name: string) => new RegExp(`^${name}:\\s*["']?(\\d{4}-\\d{2}-\\d{2})`, 'mu');

/**
 * Last-modified dates (`updated`, else `date`) of the article files in a folder, by file
 * name without `.md`. Read straight from the files because the sitemap integration runs
 * outside the content collection; the importer names each file after its slug.
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
    const date = FIELD('updated').exec(head)?.[1] ?? FIELD('date').exec(head)?.[1];
    if (date) dates.set(name.replace(/\.md$/u, '').split(/[\\/]/u).pop() ?? name, date);
  }
  return dates;
}
