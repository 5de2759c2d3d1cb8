/** Builds the site (or the floor) with `astro build` and the search index with Pagefind, measured. */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { benchEnv, projectRoot } from './paths.ts';
import { runMeasured, type Measured } from './run-measured.ts';
import { searchIndexCacheDir } from '../../src/search-index/config.ts';

export type SiteKind = 'site' | 'floor';

export interface BuildDirs {
  articlesDir: string;
  /** Astro's cacheDir (content layer cache); must be inside the project. */
  cacheDir: string;
  outDir: string;
}

const ASTRO = join(projectRoot, 'node_modules/astro/bin/astro.mjs');
const SEARCH_INDEX = join(projectRoot, 'src/search-index/cli.ts');
const FLOOR_ROOT = join(projectRoot, 'bench/floor');

/**
 * Runs `astro build` for the site or the floor. `cold` deletes the content cache first;
 * otherwise it is kept from the previous build. Throws when the build fails.
 */
export async function astroBuild(kind: SiteKind, dirs: BuildDirs, cold: boolean, nodeArgs: string[] = []): Promise<Measured> {
  if (cold) rmSync(dirs.cacheDir, { recursive: true, force: true });
  rmSync(dirs.outDir, { recursive: true, force: true });
  const args = [...nodeArgs, ASTRO, 'build', '--outDir', dirs.outDir, ...(kind === 'floor' ? ['--root', FLOOR_ROOT] : [])];
  const env = benchEnv({ NODE_ENV: 'production', NEWS_ARTICLES_DIR: dirs.articlesDir, NEWS_CACHE_DIR: dirs.cacheDir });
  const run = await runMeasured(process.execPath, args, { cwd: projectRoot, env });
  if (run.code !== 0) throw new Error(`astro build (${kind}) failed with exit ${run.code}:\n${(run.stdout + run.stderr).slice(-3000)}`);
  return run;
}

/** Where the search index keeps its shards between builds: beside the content cache, deleted by a cold build. */
export function searchCacheDir(dirs: BuildDirs): string {
  return searchIndexCacheDir(dirs.cacheDir);
}

/** Builds the search index of a built site, as `npm run build` does after `astro build` (src/search-index/). */
export async function searchIndex(dirs: BuildDirs): Promise<Measured> {
  const run = await runMeasured(process.execPath, [SEARCH_INDEX, '--site', dirs.outDir, '--cache', searchCacheDir(dirs)], { cwd: projectRoot, env: benchEnv({}) });
  if (run.code !== 0) throw new Error(`search index failed with exit ${run.code}:\n${(run.stdout + run.stderr).slice(-3000)}`);
  return run;
}
