import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { projectRoot, scratchDir, userEnv } from './run-import.ts';
import { htmlFiles } from './site-files.ts';

export interface BuiltSite {
  outDir: string;
  /** What `astro build` printed. */
  log: string;
  /** The HTML of a page by its path, e.g. `articles/foo/` or `` for the home page. */
  page(path: string): string;
  exists(path: string): boolean;
  /** Every built HTML file, relative to outDir. */
  htmlFiles(): string[];
}

/**
 * Builds the site from a folder of articles into a scratch folder, with its own content
 * cache (unless `env` names one in NEWS_CACHE_DIR), as `npm run build` would (without the
 * search index). Astro's incremental builds reuse pages only for the same `outDir`.
 */
export function buildSite(articlesDir: string, env: Record<string, string> = {}, outDir: string = scratchDir('news-site-')): BuiltSite {
  const result = withBuildLock(() => spawnSync(process.execPath, [join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], {
    cwd: projectRoot,
    encoding: 'utf8',
    env: userEnv({
      NEWS_ARTICLES_DIR: articlesDir,
      // Astro only reads a content cache inside the project.
      NEWS_CACHE_DIR: join(projectRoot, 'node_modules/.cache/news-builds', basename(outDir)),
      ...env,
    }),
  }));
  if (result.status !== 0) throw new Error(`astro build failed:\n${result.stdout}\n${result.stderr}`);
  const file = (path: string) => join(outDir, path.endsWith('.html') || path.includes('.') ? path : join(path, 'index.html'));
  return {
    outDir,
    log: result.stdout + result.stderr,
    page: (path) => readFileSync(file(path), 'utf8'),
    exists: (path) => existsSync(file(path)),
    htmlFiles: () => htmlFiles(outDir),
  };
}

/**
 * Runs one build at a time across Vitest's worker processes: every build of this project
 * writes the same `.astro/content-assets.mjs`, so concurrent builds would mix their images.
 */
export function withBuildLock<T>(run: () => T): T {
  const lock = join(projectRoot, 'node_modules/.cache/news-builds.lock');
  mkdirSync(dirname(lock), { recursive: true });
  const started = Date.now();
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      // A lock older than any build is left over from a killed run.
      const age = Date.now() - (statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > 300_000) rmSync(lock, { recursive: true, force: true });
      if (Date.now() - started > 600_000) throw new Error(`waited 10 minutes for ${lock}`);
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
    }
  }
  try {
    return run();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/** A scratch articles folder holding copies of the given folders' Markdown files. */
export function articlesFolder(...sources: string[]): string {
  const dir = scratchDir('news-articles-');
  mkdirSync(dir, { recursive: true });
  for (const source of sources) cpSync(source, dir, { recursive: true });
  return dir;
}
