import { hash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Rendered article bodies, kept in files beside Astro's content store instead of inside it.
 *
 * Astro bundles the whole content store into the build as one module, and its incremental
 * build reads every module's code while bundling: at 10,000 articles a store holding the
 * bodies' HTML (41 of its 56 MB) took the build's peak memory to 2.4-2.8 GB, against 1.3 GB
 * without it. Each body is written once, named by the hash of its HTML, when the glob
 * loader renders it; pages read it back when they are rendered.
 */

/** The folder of rendered bodies in Astro's cache folder. */
export function articleHtmlDir(cacheDir: URL): string {
  return fileURLToPath(new URL('article-html/', cacheDir));
}

/** Saves a rendered body (once: the name is the hash of the content) and returns its path. */
export function saveArticleHtml(dir: string, html: string): string {
  const path = join(dir, `${hash('sha256', html, 'base64url').slice(0, 22)}.html`);
  if (existsSync(path)) return path;
  mkdirSync(dir, { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, html);
  renameSync(temporary, path);
  return path;
}

/** Reads a rendered body back; a missing file means the cache was changed under the build. */
export function readArticleHtml(path: string, articleId: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    throw new Error(
      `The rendered body of article "${articleId}" is missing from Astro's cache (${path}). Run the build again; it renders missing bodies anew.`,
    );
  }
}

/** Deletes the saved bodies no stored article refers to any more. */
export function pruneArticleHtml(dir: string, kept: ReadonlySet<string>): void {
  const names = existsSync(dir) ? readdirSync(dir) : [];
  for (const name of names) {
    const path = join(dir, name);
    if (!kept.has(path)) rmSync(path, { force: true });
  }
}
