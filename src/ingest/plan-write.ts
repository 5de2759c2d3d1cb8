import type { ImportedArticleData } from '../schema/article.ts';
import {
  captionAndCredit,
  checkReadsBack,
  formatArticleFile,
  IMPORTED_FIELDS,
  importDigest,
  newFrontMatter,
  parseArticleFile,
  yamlDate,
} from './article-file.ts';

/** What importing an article does to its file. */
export type WriteOutcome = 'created' | 'updated' | 'unchanged' | 'conflict' | 'overwritten';

export interface WritePlan {
  outcome: WriteOutcome;
  /** The file's new text; absent when nothing is to be written. */
  text?: string;
  /** Why a conflict is one. */
  reason?: string;
}

/**
 * Decides what to write for an imported article, given the file already there (or null).
 * Editors own every field the importer does not (date, tags, draft, …) and those are kept;
 * a change to imported text or fields since the import is a conflict unless `force`.
 */
export function planWrite(
  existing: string | null,
  data: ImportedArticleData,
  body: string,
  options: { force: boolean },
): WritePlan {
  const digest = importDigest(data, body);
  const stamped: ImportedArticleData = { ...data, source: { file: '', position: 1, ...data.source, digest } };
  const written = (text: string, addedDate: boolean, addedTags: boolean) => {
    checkReadsBack(text, intendedFields(stamped, addedDate, addedTags));
    return text;
  };
  if (existing === null) {
    return { outcome: 'created', text: written(formatArticleFile({ frontMatter: newFrontMatter(stamped), body }), true, true) };
  }

  const file = parseArticleFile(existing);
  if (!file) {
    if (!options.force) return { outcome: 'conflict', reason: 'it has no front matter (written by hand?)' };
    return { outcome: 'overwritten', text: written(formatArticleFile({ frontMatter: newFrontMatter(stamped), body }), true, true) };
  }
  const current = (file.frontMatter.toJS() ?? {}) as Record<string, unknown>;
  const stored = (current.source as { digest?: unknown } | undefined)?.digest;
  const handEdited = stored !== importDigest(current, file.body);
  if (handEdited && !options.force) return { outcome: 'conflict', reason: 'it was edited by hand since it was imported' };
  const addsDate = Boolean(stamped.date) && current.date === undefined;
  if (!handEdited && stored === digest && !addsDate) return { outcome: 'unchanged' };

  const { frontMatter } = file;
  for (const field of IMPORTED_FIELDS) {
    const value = stamped[field];
    if (field === 'images') mergeImages(frontMatter, current.images, stamped.images ?? []);
    else if (value === undefined || value === null) frontMatter.delete(field);
    else frontMatter.set(field, value);
  }
  if (addsDate && typeof stamped.date === 'string') frontMatter.set('date', yamlDate(stamped.date));
  const addsTags = current.tags === undefined && Boolean(stamped.tags?.length);
  if (addsTags) frontMatter.set('tags', stamped.tags);

  const text = formatArticleFile({ frontMatter, body });
  if (text === existing) return { outcome: 'unchanged' };
  return { outcome: handEdited ? 'overwritten' : 'updated', text: written(text, addsDate, addsTags) };
}

/** The fields as Astro should read them from the file: the importer's own, and the date and tags when it wrote them. */
function intendedFields(data: ImportedArticleData, withDate: boolean, withTags: boolean): Record<string, unknown> {
  const intended: Record<string, unknown> = {};
  for (const field of IMPORTED_FIELDS) intended[field] = field === 'images' ? (data.images ?? []).map(captionAndCredit) : (data[field] ?? undefined);
  if (withDate) intended.date = typeof data.date === 'string' ? yamlDate(data.date) : data.date;
  if (withTags && data.tags?.length) intended.tags = data.tags;
  return intended;
}

/**
 * Sets each photo's caption and credit, keeping what editors added to it (an image file, alt
 * text). When the dump's photos changed in number, an editor's additions follow the photo
 * with the same caption.
 */
function mergeImages(
  frontMatter: ReturnType<typeof newFrontMatter>,
  /** The file's `images` as read (planWrite has its front matter as plain data already). */
  existingImages: unknown,
  images: NonNullable<ImportedArticleData['images']>,
): void {
  const previous: Record<string, unknown>[] = Array.isArray(existingImages) ? existingImages : [];
  const sameCount = previous.length === images.length;
  frontMatter.set(
    'images',
    images.map((image, index) => {
      const before = sameCount ? previous[index] : previous.find((item) => item?.caption === image.caption);
      const { caption: _caption, credit: _credit, ...added } = before ?? {};
      return { caption: image.caption, ...(image.credit ? { credit: image.credit } : {}), ...added };
    }),
  );
}
