import { closeSync, existsSync, openSync, readFileSync, readSync, realpathSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import type { Loader } from 'astro/loaders';

type LoaderContext = Parameters<Loader['load']>[0];
type ParseData = LoaderContext['parseData'];
type Store = LoaderContext['store'];
type StoredEntry = Parameters<Store['set']>[0];

/**
 * What the articles loader refuses beyond the schema, so that one bad article fails the build
 * with a message naming its file and field instead of publishing broken or silently:
 * two files with one slug, a body the Markdown pipeline could not render, and the errors of
 * Astro's own schema check, which name the entry but not its file.
 */
export class ArticleChecks {
  /** Slug → the file (relative to the articles folder) that claimed it in this load. */
  private readonly slugs = new Map<string, string>();
  private readonly renderErrors = new Map<string, string>();

  private readonly articlesDir: string;
  private readonly root: string;

  constructor(articlesDir: string, root: string) {
    this.articlesDir = articlesDir;
    this.root = root;
  }

  /**
   * The entry's id: its `slug`. A second file claiming a slug another file holds fails the
   * build naming both (Astro's glob loader only warns, and the first article disappears).
   */
  generateId = ({ entry, data }: { entry: string; data: Record<string, unknown> }): string => {
    const id = typeof data.slug === 'string' && data.slug !== '' ? data.slug : entry.replace(/\.md$/u, '');
    const other = this.slugs.get(id);
    if (other !== undefined && other !== entry && existsSync(join(this.articlesDir, other))) {
      throw new Error(`${this.show(join(this.articlesDir, entry))}: slug: "${id}" is already the slug of ${this.show(join(this.articlesDir, other))}; each article needs its own`);
    }
    this.slugs.set(id, entry);
    return id;
  };

  /**
   * Astro's parseData, with the file named in its errors, and with `date` and `updated` as
   * written: js-yaml turns `2024-02-30` into March 1 and `0024-02-01` into 1924 before any
   * schema sees them, so the schema gets the text and checks the calendar itself.
   */
  parseData(parseData: ParseData): ParseData {
    const parse = async (props: Parameters<ParseData>[0]) => {
      const data = withDatesAsWritten(props.data, props.filePath);
      let parsed: Awaited<ReturnType<ParseData>>;
      try {
        parsed = await parseData({ ...props, data: data as typeof props.data });
      } catch (error) {
        if (error instanceof Error) error.message = `${this.show(props.filePath ?? '')}: ${error.message}`;
        throw error;
      }
      if (props.filePath) this.checkPhotoFiles(data, props.filePath);
      return parsed;
    };
    return parse as ParseData;
  }

  /**
   * Each photo file is a raster image inside the article's folder: the schema has refused paths
   * out of it; here a symbolic link out of it is refused, and any file that is not JPEG, PNG,
   * GIF, WebP, AVIF or TIFF by its content (an SVG can carry scripts, whatever its name).
   */
  private checkPhotoFiles(data: Record<string, unknown>, filePath: string): void {
    const images = Array.isArray(data.images) ? (data.images as { src?: unknown }[]) : [];
    const folder = realpathSync(dirname(filePath));
    images.forEach((image, index) => {
      if (typeof image?.src !== 'string') return;
      const fail = (problem: string) => {
        throw new Error(`${this.show(filePath)}: images.${index}.src: ${problem}`);
      };
      const file = resolve(dirname(filePath), image.src);
      if (!existsSync(file)) return; // Astro reports a missing photo itself.
      const real = realpathSync(file);
      if (relative(folder, real).startsWith('..') || isAbsolute(relative(folder, real))) {
        fail(`${JSON.stringify(image.src)} leads out of the article's folder (to ${real}); a photo must be a file next to the article`);
      }
      const format = rasterFormat(real);
      if (!format) fail(`${JSON.stringify(image.src)} is not a JPEG, PNG, GIF, WebP, AVIF or TIFF image by its content; SVG and other formats are refused, an SVG file can carry scripts`);
    });
  }

  /** A logger that records Astro's "Error rendering <file>" instead of letting the build go on. */
  logger(logger: LoaderContext['logger']): LoaderContext['logger'] {
    const checks = this;
    return Object.assign(Object.create(logger) as LoaderContext['logger'], {
      error(message: string) {
        const file = /^Error rendering (.+?): /u.exec(message)?.[1];
        if (file !== undefined) checks.renderErrors.set(file, message.slice(message.indexOf(': ') + 2));
        logger.error(message);
      },
    });
  }

  /** Throws when the entry's body could not be rendered (its HTML would be empty). */
  checkRendered(entry: StoredEntry): void {
    if (entry.rendered !== undefined || entry.deferredRender || !entry.filePath) return;
    const file = relative(this.articlesDir, join(this.root, entry.filePath));
    const reason = (this.renderErrors.get(file) ?? 'the Markdown renderer failed').replace(/\s+/gu, ' ').trim();
    const hint = reason.includes('call stack') ? ' Markdown nested thousands of levels deep (quotes, lists) overflows the renderer.' : '';
    throw new Error(`${entry.filePath}: body: could not be rendered, so the article would be published empty (${reason}).${hint}`);
  }

  private show(file: string): string {
    return relative(this.root, file) || file;
  }
}

const DATE_FIELDS = ['date', 'updated'] as const;
const FRONT_MATTER = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---/u;

/** The article's data with each `date`/`updated` that YAML read as a timestamp replaced by its text in the file. */
function withDatesAsWritten(data: Record<string, unknown>, filePath: string | undefined): Record<string, unknown> {
  if (!filePath || !DATE_FIELDS.some((field) => data[field] instanceof Date)) return data;
  const frontMatter = FRONT_MATTER.exec(readFileSync(filePath, 'utf8'))?.[1] ?? '';
  const result = { ...data };
  for (const field of DATE_FIELDS) {
    if (!(data[field] instanceof Date)) continue;
    // A timestamp is a plain scalar on a top-level line; a comment may follow it.
    const written = new RegExp(`^${field}:[^\\S\\n]*([^\\s#]+(?:[^\\S\\n]+[^\\s#]+)*)`, 'mu').exec(frontMatter)?.[1];
    if (written !== undefined) result[field] = written;
  }
  return result;
}

/** Leading bytes of the raster formats Astro's image pipeline takes. */
const RASTER_SIGNATURES: [string, (head: Buffer) => boolean][] = [
  ['jpeg', (head) => head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff],
  ['png', (head) => head.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))],
  ['gif', (head) => head.subarray(0, 4).toString('latin1') === 'GIF8'],
  ['webp', (head) => head.subarray(0, 4).toString('latin1') === 'RIFF' && head.subarray(8, 12).toString('latin1') === 'WEBP'],
  ['avif', (head) => head.subarray(4, 8).toString('latin1') === 'ftyp' && /^avi[fs]$/u.test(head.subarray(8, 12).toString('latin1'))],
  ['tiff', (head) => ['II*\0', 'MM\0*'].includes(head.subarray(0, 4).toString('latin1'))],
];

/** The raster format of a file by its first bytes, or undefined. */
function rasterFormat(file: string): string | undefined {
  const head = Buffer.alloc(16);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, head, 0, head.length, 0);
  } finally {
    closeSync(fd);
  }
  return RASTER_SIGNATURES.find(([, matches]) => matches(head))?.[0];
}
