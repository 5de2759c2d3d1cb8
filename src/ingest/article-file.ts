import { isDeepStrictEqual } from 'node:util';
import { Document, parse, parseDocument, visit } from 'yaml';
import { sha256Base64url } from '../lib/hash.ts';
import type { ImportedArticleData } from '../schema/article.ts';
import { readFrontMatterAsAstro, readPlainScalarAsAstro } from '../lib/astro-front-matter.ts';

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

/**
 * Writes an article file. The yaml library quotes what a YAML 1.1 reader would take for
 * something other than a string (`yes`, `2024-09-08`, `0x1F`); strings that only a YAML 1.2
 * reader or Astro's js-yaml would (`0o17`, `+0o17`) are double-quoted here.
 */
export function formatArticleFile(file: ArticleFile): string {
  visit(file.frontMatter, {
    Scalar(_, node) {
      if (typeof node.value === 'string' && !node.type?.startsWith('QUOTE') && !readsAsItself(node.value)) node.type = 'QUOTE_DOUBLE';
    },
  });
  // No directives: front matter has none, and looking for tags to declare walks the whole document.
  const yaml = file.frontMatter.toString({ lineWidth: 0, directives: false });
  return `---\n${yaml}---\n\n${file.body}`;
}

/** Plain scalars that may read as a number, boolean, null or date: a sign, digit, dot or `~` first, or a short word. */
const MAY_NOT_BE_TEXT = /^[-+.~\d]|^(?:y|n|yes|no|on|off|true|false|null)$/iu;

/** True when `text`, written unquoted, reads back as that string under YAML 1.2 and under Astro's reader. */
function readsAsItself(text: string): boolean {
  if (text.length > 64 || !MAY_NOT_BE_TEXT.test(text)) return true;
  try {
    return parse(text, { version: '1.2', logLevel: 'silent' }) === text && readPlainScalarAsAstro(text) === text;
  } catch {
    return false;
  }
}

/**
 * Reads the written file back with Astro's own front-matter reader and compares each field
 * with what was meant to be written (`undefined`: the field is absent); throws on a difference,
 * so that a file Astro would read otherwise, or refuse, is never written.
 */
export function checkReadsBack(fileText: string, intended: Record<string, unknown>): void {
  let read: Record<string, unknown>;
  try {
    read = readFrontMatterAsAstro(fileText);
  } catch (error) {
    throw new Error(`its front matter would not read back: ${(error as Error).message.split('\n')[0]}`);
  }
  for (const [field, value] of Object.entries(intended)) {
    // Editors may add a file and alt text to a photo: only what the importer wrote is compared.
    const actual = field === 'images' && Array.isArray(read.images) ? read.images.map(captionAndCredit) : read[field];
    if (!isDeepStrictEqual(actual, value)) {
      throw new Error(`its front matter field "${field}" would read back as ${JSON.stringify(actual)}, not ${JSON.stringify(value)}`);
    }
  }
}

/** A photo's caption and credit (no credit key when it has none), as the importer writes them. */
export function captionAndCredit(image: unknown): { caption: unknown; credit?: unknown } {
  const { caption, credit } = (image ?? {}) as Record<string, unknown>;
  return credit === undefined || credit === null ? { caption } : { caption, credit };
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
