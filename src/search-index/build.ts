/**
 * Builds the site's search index as one Pagefind index per shard (src/search-index/shards.ts:
 * articles of consecutive days), reusing from `cacheDir` every shard whose pages are unchanged, so a
 * publish after one edit indexes one shard instead of the archive. The search page merges the
 * shards (src/scripts/search.ts, Pagefind's mergeIndex).
 *
 * Output, under `<site>/pagefind/`: the newest shard's index and Pagefind's scripts at the top
 * (the primary index), each other shard in `<shard>/`, and SHARDS_MANIFEST listing those.
 */
import { copyFileSync, existsSync, globSync, linkSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, sep } from 'node:path';
import * as pagefind from 'pagefind';
import type { PagefindServiceConfig } from 'pagefind';
import { describePage, groupByShard, shardKey, shardOrder, type ShardPage } from './shards.ts';

/** The search page reads this, under the bundle folder, to know which shards to merge. */
export const SHARDS_MANIFEST = 'shards.json';

export interface ShardsManifest {
  /** Folders (relative to the bundle folder, ending in `/`) of the shards merged into the primary. */
  merge: string[];
}

export interface SearchIndexOptions {
  site: string;
  glob: string;
  indexOptions: PagefindServiceConfig;
  /** Where shard indexes are kept between builds. */
  cacheDir: string;
  /** Pages a shard fills up to before the next starts (planShards); by default shardSize() of the page count. */
  shardPages?: number;
  log?: (line: string) => void;
}

export interface ShardReport {
  name: string;
  /** Paths of its pages under the site folder. */
  pages: string[];
  /** True when Pagefind indexed it in this build; false when the cached index was reused. */
  indexed: boolean;
}

/** The installed Pagefind's version (its package exports no package.json: read beside its entry point). */
const pagefindVersion = (JSON.parse(readFileSync(new URL('../package.json', import.meta.resolve('pagefind')), 'utf8')) as { version: string }).version;
const KEY_FILE = 'shard-key';

/** Builds `<site>/pagefind/` from the site's pages; returns what each shard took. */
export async function buildSearchIndex(options: SearchIndexOptions): Promise<ShardReport[]> {
  const { site, cacheDir, log = () => {} } = options;
  const pages = globSync(options.glob, { cwd: site })
    .map((path) => describePage(path.split(sep).join('/'), readFileSync(join(site, path), 'utf8')))
    .filter((page): page is ShardPage => page !== null);
  if (pages.length === 0) throw new Error(`search index: no page under ${site} matching "${options.glob}" has a data-pagefind-body element`);
  const shards = groupByShard(pages, options.shardPages);
  const reports: ShardReport[] = [];
  mkdirSync(cacheDir, { recursive: true });
  const stale: (() => Promise<void>)[] = [];
  for (const [name, shardPages] of shards) {
    const key = shardKey(shardPages, pagefindVersion, options.indexOptions);
    const cached = join(cacheDir, name);
    const indexed = readKey(cached) !== key;
    if (indexed) stale.push(() => indexShard(site, shardPages, options.indexOptions, cached, key));
    reports.push({ name, pages: shardPages.map((page) => page.path), indexed });
  }
  try {
    // Each shard gets its pages one at a time, in path order (the same index every build);
    // shards are indexed side by side, one per core.
    await runAll(stale, availableParallelism());
  } finally {
    await pagefind.close();
  }
  writeBundle(join(site, 'pagefind'), cacheDir, shardOrder(shards.keys()));
  pruneCache(cacheDir, new Set(shards.keys()));
  const rebuilt = reports.filter((report) => report.indexed);
  log(`search index: ${reports.length} shard(s) of ${pages.length} pages; indexed ${rebuilt.length} (${rebuilt.map((r) => `${r.name}: ${r.pages.length} pages`).join(', ') || 'none'}), reused ${reports.length - rebuilt.length}`);
  return reports.sort((a, b) => a.name.localeCompare(b.name));
}

/** Indexes one shard's pages with Pagefind and keeps every file it writes in `cached`. */
async function indexShard(site: string, pages: readonly ShardPage[], indexOptions: PagefindServiceConfig, cached: string, key: string): Promise<void> {
  const { index, errors } = await pagefind.createIndex(indexOptions);
  if (!index) throw new Error(`search index: Pagefind could not start: ${errors.join('; ')}`);
  for (const page of pages) {
    const added = await index.addHTMLFile({ sourcePath: page.path, content: readFileSync(join(site, page.path), 'utf8') });
    if (added.errors.length > 0) throw new Error(`search index: ${join(site, page.path)}: ${added.errors.join('; ')}`);
  }
  const { files, errors: writeErrors } = await index.getFiles();
  if (writeErrors.length > 0) throw new Error(`search index: Pagefind could not write the index: ${writeErrors.join('; ')}`);
  await index.deleteIndex();
  rmSync(cached, { recursive: true, force: true });
  for (const file of files) {
    const path = join(cached, file.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.content);
  }
  // Written last: a build stopped halfway leaves a shard without a key, indexed again next time.
  writeFileSync(join(cached, KEY_FILE), key);
}

/** Runs the tasks, at most `limit` at a time. */
async function runAll(tasks: readonly (() => Promise<void>)[], limit: number): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) await (tasks[next++] as () => Promise<void>)();
  };
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker));
}

function readKey(cached: string): string | null {
  return existsSync(join(cached, KEY_FILE)) ? readFileSync(join(cached, KEY_FILE), 'utf8') : null;
}

/** Files of a Pagefind bundle that belong to its index (the rest are its scripts, styles and WebAssembly). */
function isIndexFile(path: string): boolean {
  return path === 'pagefind-entry.json' || path.endsWith('.pf_meta') || /^(?:index|filter|fragment)\//.test(path);
}

/** Lays out the bundle folder from the cached shards, `order[0]` as the primary. */
function writeBundle(bundle: string, cacheDir: string, order: readonly string[]): void {
  rmSync(bundle, { recursive: true, force: true });
  for (const [position, name] of order.entries()) {
    const cached = join(cacheDir, name);
    const target = position === 0 ? bundle : join(bundle, name);
    for (const path of readdirSync(cached, { recursive: true, encoding: 'utf8' }).map((file) => file.split(sep).join('/'))) {
      if (path === KEY_FILE) continue;
      const index = isIndexFile(path);
      const destination = join(index ? target : bundle, path);
      if (!index && existsSync(destination)) continue;
      linkOrCopy(join(cached, path), destination);
    }
  }
  const manifest: ShardsManifest = { merge: order.slice(1).map((name) => `${name}/`) };
  writeFileSync(join(bundle, SHARDS_MANIFEST), `${JSON.stringify(manifest)}\n`);
}

/** Hard-links a cached file into the site (a build copies thousands), or copies it across file systems. */
function linkOrCopy(source: string, destination: string): void {
  if (statSync(source).isDirectory()) {
    mkdirSync(destination, { recursive: true });
    return;
  }
  mkdirSync(dirname(destination), { recursive: true });
  try {
    linkSync(source, destination);
  } catch {
    copyFileSync(source, destination);
  }
}

/** Removes cached shards the site no longer has (a month whose articles were all deleted). */
function pruneCache(cacheDir: string, keep: ReadonlySet<string>): void {
  for (const name of readdirSync(cacheDir)) {
    if (!keep.has(name)) rmSync(join(cacheDir, name), { recursive: true, force: true });
  }
}
