import { Document, parseDocument } from 'yaml';
import { sha256Base64url } from '../lib/hash.ts';
import type { ImportedArticleData } from '../schema/article.ts';

/** An article file split into its front matter (as an editable YAML document) and body. */
export interface ArticleFile {
  frontMatter: Document;
  body: string;
}

const FRONT_MATTER = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n?---[^\S\r\n]*(?:\r?\n|$)/u;

/** Reads an article file; null when it has no front matter block. */
export function parseArticleFile(fileText: string): ArticleFile | null {
  // An editor's tools may save CRLF line ends: that is no edit of the article.
  const text = fileText.replace(/\r\n?/gu, '\n');
  const match = FRONT_MATTER.exec(text);
  if (!match) return null;
  return { frontMatter: parseDocument(match[1] ?? '', { version: '1.1' }), body: text.slice(match[0].length).replace(/^\r?\n/u, '') };
}

/** Writes an article file; YAML 1.1 quoting, because Astro reads front matter with js-yaml. */
export function formatArticleFile(file: ArticleFile): string {
  // No directives: front matter has none, and looking for tags to declare walks the whole document.
  const yaml = file.frontMatter.toString({ lineWidth: 0, directives: false });
  return `---\n${yaml}---\n\n${file.body}`;
}

/** A new YAML document for the front matter, in YAML 1.1 so that `2024-09-08`-like titles get quoted. */
export function newFrontMatter(data: ImportedArticleData): Document {
  const date = typeof data.date === 'string' ? yamlDate(data.date) : data.date;
  return new Document({ ...data, date }, { version: '1.1' });
}

/** A calendar date as YAML writes it unquoted (`date: 2024-09-08`), the way editors type it. */
export function yamlDate(isoDate: string): Date {
  return new Date(`${isoDate}T00:00:00Z`);
}

/** The front-matter fields the importer owns; everything else (date, tags, draft, …) belongs to editors. */
export const IMPORTED_FIELDS = ['title', 'slug', 'lang', 'dateline', 'byline', 'images', 'source'] as const;

/**
 * Digest of what the importer wrote: its own fields and the body. Comparing it with the
 * digest stored in `source.digest` tells whether an editor changed imported text since.
 */
export function importDigest(data: Record<string, unknown>, body: string): string {
  const images = Array.isArray(data.images) ? data.images : [];
  const source = (data.source ?? {}) as Record<string, unknown>;
  const owned = [
    data.title,
    data.slug,
    data.lang,
    data.dateline ?? null,
    data.byline ?? null,
    images.map((image: Record<string, unknown>) => [image?.caption, image?.credit ?? null]),
    source.file,
    source.position,
    body.trim(),
  ];
  return `sha256-${sha256Base64url(JSON.stringify(owned), 22)}`;
}
