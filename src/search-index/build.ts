/**
 * Builds each edition's search index (src/search-index/editions.ts: the first edition's bundle
 * at `<site>/pagefind/`, every other one's at `<site>/<language>/pagefind/`), each from the
 * pages under its edition's folder and in its edition's language. An edition's index is one
 * Pagefind index per shard (src/search-index/shards.ts: articles of consecutive days), reusing
 * from `cacheDir/<edition>/` every shard whose pages are unchanged, so a publish after one edit
 * indexes one shard instead of the archive. Each edition's search page merges its own shards
 * (src/scripts/search.ts, Pagefind's mergeIndex).
 *
 * A bundle holds the newest shard's index and Pagefind's scripts at the top (the primary
 * index), each other shard in `<shard>/`, and SHARDS_MANIFEST listing those.
 */
import { copyFileSync, existsSync, globSync, linkSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, sep } from 'node:path';
import * as pagefind from 'pagefind';
import type { PagefindServiceConfig } from 'pagefind';
import { editionFolders, type EditionFolder } from './editions.ts';
import { describePage, groupByShard, shardKey, shardOrder, type ShardPage } from './shards.ts';

/** The search page reads this, under the bundle folder, to know which shards to merge. */
export const SHARDS_MANIFEST = 'shards.json';
/** An edition's bundle folder, under the edition's folder. */
export const BUNDLE_FOLDER = 'pagefind';

export interface ShardsManifest {
  /** Folders (relative to the bundle folder, ending in `/`) of the shards merged into the primary. */
  merge: string[];
}

export interface SearchIndexOptions {
  site: string;
  /** Which HTML files of an edition are read, relative to the edition's folder. */
  glob: string;
  /** Pagefind's options for every edition; each edition's language is forced to its own. */
  indexOptions: PagefindServiceConfig;
  /** The site's editions (src/site.config.ts), the first one at the root. */
  editions: readonly string[];
  /** Where shard indexes are kept between builds, one folder per edition. */
  cacheDir: string;
  /** Pages a shard fills up to before the next starts (planShards); by default shardSize() of the edition's page count. */
  shardPages?: number;
  log?: (line: string) => void;
}

export interface ShardReport {
  edition: string;
  name: string;
  /** Paths of its pages under the site folder. */
  pages: string[];
  /** True when Pagefind indexed it in this build; false when the cached index was reused. */
  indexed: boolean;
}

/** The installed Pagefind's version (its package exports no package.json: read beside its entry point). */
const pagefindVersion = (JSON.parse(readFileSync(new URL('../package.json', import.meta.resolve('pagefind')), 'utf8')) as { version: string }).version;
const KEY_FILE = 'shard-key';
/** The one shard of an edition that has no page to index. */
const EMPTY_SHARD = 'empty';

/** What one edition's bundle is made of, before any shard is indexed. */
interface EditionPlan extends EditionFolder {
  root: string;
  cacheDir: string;
  pageCount: number;
  shards: Map<string, ShardPage[]>;
  reports: ShardReport[];
  stale: (() => Promise<void>)[];
}

/** Builds every edition's bundle from the site's pages; returns what each shard took. */
export async function buildSearchIndex(options: SearchIndexOptions): Promise<ShardReport[]> {
  const { log = () => {} } = options;
  const plans = editionFolders(options.editions).map((folder) => planEdition(options, folder));
  if (plans.every((plan) => plan.pageCount === 0)) throw new Error(`search index: no page under ${options.site} matching "${options.glob}" (in any edition's folder) has a data-pagefind-body element`);
  try {
    // Each shard gets its pages one at a time, in path order (the same index every build);
    // shards, of every edition, are indexed side by side, one per core.
    await runAll(plans.flatMap((plan) => plan.stale), availableParallelism());
  } finally {
    await pagefind.close();
  }
  for (const plan of plans) {
    writeBundle(join(plan.root, BUNDLE_FOLDER), plan.cacheDir, shardOrder(plan.shards.keys()));
    pruneCache(plan.cacheDir, new Set(plan.shards.keys()));
    const rebuilt = plan.reports.filter((report) => report.indexed);
    log(`search index (${plan.edition}, ${plan.folder}${BUNDLE_FOLDER}/): ${plan.reports.length} shard(s) of ${plan.pageCount} pages; indexed ${rebuilt.length} (${rebuilt.map((r) => `${r.name}: ${r.pages.length} pages`).join(', ') || 'none'}), reused ${plan.reports.length - rebuilt.length}`);
  }
  // Caches of editions the site no longer has, and of shards laid out before there were editions.
  pruneCache(options.cacheDir, new Set(options.editions));
  return plans.flatMap((plan) => plan.reports.sort((a, b) => a.name.localeCompare(b.name)));
}

/** An edition's pages grouped into shards, and the shards whose cached index is out of date. */
function planEdition(options: SearchIndexOptions, { edition, folder, exclude }: EditionFolder): EditionPlan {
  const root = join(options.site, folder);
  // Paths relative to the edition's folder: Pagefind makes result URLs of them, which the search
  // page puts under the bundle's parent folder (`/ar/`).
  const pages = globSync(options.glob, { cwd: root, exclude })
    .map((path) => describePage(path.split(sep).join('/'), readFileSync(join(root, path), 'utf8')))
    .filter((page): page is ShardPage => page !== null);
  const indexOptions: PagefindServiceConfig = { ...options.indexOptions, forceLanguage: edition };
  const shards = groupByShard(pages, options.shardPages);
  // An edition without articles yet still has a search page: it gets an index of no pages.
  if (shards.size === 0) shards.set(EMPTY_SHARD, []);
  const cacheDir = join(options.cacheDir, edition);
  mkdirSync(cacheDir, { recursive: true });
  const plan: EditionPlan = { edition, folder, exclude, root, cacheDir, pageCount: pages.length, shards, reports: [], stale: [] };
  for (const [name, shardPages] of shards) {
    const key = shardKey(shardPages, pagefindVersion, indexOptions);
    const cached = join(cacheDir, name);
    const indexed = readKey(cached) !== key;
    if (indexed) plan.stale.push(() => indexShard(root, shardPages, indexOptions, cached, key));
    plan.reports.push({ edition, name, pages: shardPages.map((page) => `${folder}${page.path}`), indexed });
  }
  return plan;
}

/** Indexes one shard's pages with Pagefind and keeps every file it writes in `cached`. */
async function indexShard(root: string, pages: readonly ShardPage[], indexOptions: PagefindServiceConfig, cached: string, key: string): Promise<void> {
  const { index, errors } = await pagefind.createIndex(indexOptions);
  if (!index) throw new Error(`search index: Pagefind could not start: ${errors.join('; ')}`);
  for (const page of pages) {
    const added = await index.addHTMLFile({ sourcePath: page.path, content: readFileSync(join(root, page.path), 'utf8') });
    if (added.errors.length > 0) throw new Error(`search index: ${join(root, page.path)}: ${added.errors.join('; ')}`);
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

/** Removes cached folders the site no longer has (a shard whose articles were all deleted, an edition dropped). */
function pruneCache(cacheDir: string, keep: ReadonlySet<string>): void {
  for (const name of readdirSync(cacheDir)) {
    if (!keep.has(name)) rmSync(join(cacheDir, name), { recursive: true, force: true });
  }
}
