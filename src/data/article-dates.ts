import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { sha256Base64url } from '../lib/hash.ts';
import { writeFileAtomically } from '../lib/write-file-atomically.ts';
import { parseCalendarDate, toIsoDate } from '../lib/dates.ts';
import type { ArticleHead } from '../lib/sitemap-editions.ts';
import { readFrontMatterAsAstro } from '../lib/astro-front-matter.ts';

/**
 * What the sitemap needs of each article file in a folder, read from the front matter with
 * Astro's own reader because the sitemap integration runs outside the content collection:
 * slug (the file name when there is no `slug` field), language, last-modified date
 * (`updated`, else `date`), publication date, draft flag and the article it translates.
 * A file whose front matter is not valid YAML fails with its name.
 *
 * With `cache`, heads are kept in `cache.file` by the digest of the file they were read from,
 * and a file whose digest is unchanged is not parsed again (reading YAML was most of the
 * 0.6 s this took at 10,000 articles); `cache.version` (the code that reads heads) must match.
 */
export function readArticleHeads(dir: string, cache?: { file: string; version: string }): ArticleHead[] {
  let names: string[] = [];
  try {
    names = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.md'));
  } catch {
    return [];
  }
  const saved = cache ? readHeadsCache(cache.file, cache.version) : {};
  const files: HeadsCache['files'] = {};
  let parsed = 0;
  const heads = names.map((name) => {
    const text = readFileSync(join(dir, name), 'utf8');
    const digest = sha256Base64url(text);
    const known = saved[name];
    if (known?.digest === digest) {
      files[name] = known;
      return known.head;
    }
    parsed += 1;
    const head = articleHead(name, text);
    files[name] = { digest, head };
    return head;
  });
  // Written again only when it changed: a file parsed, or one gone.
  if (cache && (parsed > 0 || Object.keys(saved).length !== names.length)) {
    mkdirSync(dirname(cache.file), { recursive: true });
    writeFileAtomically(cache.file, JSON.stringify({ version: cache.version, files } satisfies HeadsCache));
  }
  return heads;
}

interface HeadsCache {
  version: string;
  /** By file name: the digest of the file and its head. */
  files: Record<string, { digest: string; head: ArticleHead }>;
}

/** The heads a cache file keeps, or none when it is missing, unreadable or of another version. */
function readHeadsCache(file: string, version: string): HeadsCache['files'] {
  try {
    const cache = JSON.parse(readFileSync(file, 'utf8')) as HeadsCache;
    return cache.version === version && typeof cache.files === 'object' && cache.files !== null ? cache.files : {};
  } catch {
    return {};
  }
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
