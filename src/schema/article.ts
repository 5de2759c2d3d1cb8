import { z } from 'astro/zod';
import { parseCalendarDate } from '../lib/dates.ts';

/**
 * The article front matter: the one contract between the importer (which validates
 * what it writes against it) and the content collection (which validates what it reads).
 */

/** Lowercase ASCII words joined by single hyphens: the article's URL and file name. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const text = z.string().trim().min(1);

/** True for a well-formed BCP 47 tag (`en-US-US`, two regions, is not one): dates and lists format with it. */
function isLanguageTag(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

const SVG_REFUSED = 'must be a JPEG, PNG, GIF, WebP, AVIF or TIFF file: an SVG file can carry scripts that would run on the site';

/**
 * A photo is a file in the article's own folder, named relative to it (`./photo.jpg`): a path
 * out of it (`../../usr/share/x.png`) or an absolute one would publish any image the build
 * machine can read. (The articles loader also checks the file's content: src/data/article-checks.ts.)
 */
function checkPhotoPath(path: unknown, context: z.RefinementCtx): unknown {
  if (typeof path !== 'string') return path;
  const segments = path.replaceAll('\\', '/').split('/');
  if (/^(?:[a-z][a-z0-9+.-]*:|\/|\\)/iu.test(path) || segments.includes('..')) {
    context.addIssue({ code: 'custom', message: `must be a file next to the article, such as ./photo.jpg, not ${JSON.stringify(path)}` });
  } else if (/\.svgz?$/iu.test(path)) {
    context.addIssue({ code: 'custom', message: SVG_REFUSED });
  }
  return path;
}

/** A calendar date, `2024-09-08`: read as that day wherever the site is built. */
const calendarDate = z.unknown().transform((value, context) => {
  const date = parseCalendarDate(value);
  if (!date) context.addIssue({ code: 'custom', message: `must be a real calendar date written YYYY-MM-DD, with a four-digit year, not ${JSON.stringify(value)}` });
  return date ?? z.NEVER;
});

/**
 * Builds the schema. The collection passes Astro's `image()` so that a photo file named
 * in the front matter goes through the image pipeline; the importer uses a plain path.
 */
export function articleSchema<Photo extends z.ZodType>(photo: Photo) {
  return z.object({
    title: text,
    slug: z.string().regex(SLUG_PATTERN, 'must be lowercase letters, digits and single hyphens'),
    /** Publication date (a calendar date; YAML `2024-09-08` arrives as a UTC-midnight Date). */
    date: calendarDate.optional(),
    /** Last substantive update, when an editor sets one. */
    updated: calendarDate.optional(),
    lang: z
      .string()
      .regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'must be a language tag such as en or ar')
      .refine(isLanguageTag, 'must be a valid BCP 47 language tag such as en, en-GB or ar')
      .default('en'),
    /** Where the story was filed from, e.g. Beirut. */
    dateline: text.nullish(),
    byline: text.nullish(),
    images: z
      .array(
        z.object({
          caption: text,
          credit: text.nullish(),
          /** An image file next to the article, when an editor adds one. */
          src: z.preprocess(checkPhotoPath, photo).optional(),
          /** Text alternative for the image file; the caption is used when absent. */
          alt: z.string().optional(),
        }),
      )
      .default([]),
    tags: z.array(text).default([]),
    draft: z.boolean().default(false),
    /**
     * Editions: the slug of the article this one translates (in another edition's language).
     * The two pages then link to each other; the site's build checks that the slug exists.
     */
    translationOf: z.string().regex(SLUG_PATTERN, 'must be the slug of the translated article').optional(),
    /** For lists and link previews; the loader uses the body's first sentence when an editor writes none. */
    summary: text.nullish(),
    /** Worked out by the loader (src/data/articles-loader.ts) from the body; not for editors. */
    readingMinutes: z.number().int().positive().optional(),
    /** Set by the loader: the version of the code that stored the entry. */
    storeVersion: z.string().optional(),
    /** Set by the loader: the file holding the body's rendered HTML (src/data/article-html.ts). */
    bodyHtmlFile: z.string().optional(),
    /** Where the importer found the article: dump file, 1-based position, digest of what it wrote. */
    source: z
      .object({
        file: z.string(),
        position: z.number().int().positive(),
        digest: z.string().optional(),
      })
      .optional(),
  });
}

/** The schema as the importer checks it: photo files are plain relative paths. */
export const importedArticleSchema = articleSchema(z.string());

export type ImportedArticleData = z.input<typeof importedArticleSchema>;
