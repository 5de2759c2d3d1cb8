import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sha256Base64url } from '../lib/hash.ts';
import { writeFileAtomically } from '../lib/write-file-atomically.ts';

/**
 * Rendered article bodies, kept in files beside Astro's content store instead of inside it.
 *
 * Astro bundles the whole content store into the build as one module, and its incremental
 * build reads every module's code while bundling: at 10,000 articles a store holding the
 * bodies' HTML (41 of its 56 MB) took the build's peak memory to 2.4-2.8 GB, against 1.4 GB
 * without it. Each body is written once, named by the hash of its HTML, when the glob
 * loader renders it (on a render worker thread, article-render-pool.ts); pages read it back
 * when they are rendered.
 */

/**
 * The folder of rendered bodies in Astro's cache folder. `astro dev` keeps its content store
 * apart from the builds' (.astro/ and the cache folder), so its bodies get a folder of their
 * own too: each prunes the files its store no longer names, and must not prune the other's.
 */
export function articleHtmlDir(cacheDir: URL, dev: boolean): string {
  return fileURLToPath(new URL(dev ? 'article-html/dev' : 'article-html/build', cacheDir));
}

/** Saves a rendered body (once: the name is the hash of the content) and returns its path. */
export function saveArticleHtml(dir: string, html: string): string {
  const path = join(dir, `${sha256Base64url(html, 22)}.html`);
  // The render workers (article-render-pool.ts) save too: two threads may save the same body at once.
  if (existsSync(path)) return path;
  mkdirSync(dir, { recursive: true });
  writeFileAtomically(path, html);
  return path;
}

/** Reads a rendered body back; a missing file means the cache was changed under the build. */
export function readArticleHtml(path: string, articleId: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    throw new Error(
      `The rendered body of article "${articleId}" is missing from Astro's cache (${path}). Build again (or restart astro dev): missing bodies are rendered anew.`,
    );
  }
}

/** Deletes the saved bodies no stored article refers to any more. */
export function pruneArticleHtml(dir: string, kept: ReadonlySet<string>): void {
  const names = existsSync(dir) ? readdirSync(dir, { withFileTypes: true }) : [];
  for (const entry of names) {
    const path = join(dir, entry.name);
    if (entry.isFile() && !kept.has(path)) rmSync(path, { force: true });
  }
}
