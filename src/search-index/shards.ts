/**
 * Which search shard a built page's records go in, and when a shard must be indexed again.
 * Pure functions; src/search-index/build.ts does the file work.
 */
import { hash } from 'node:crypto';

/** The shard of pages that carry no publication date. */
export const UNDATED_SHARD = 'undated';

/** The date of a page's `<meta property="article:published_time">` (src/components/ArticleMeta.astro). */
const PUBLISHED_DAY = /<meta property="article:published_time" content="(\d{4}-\d{2}-\d{2})/;

/** The day a page was published (`2024-10-02`), or UNDATED_SHARD. */
export function periodOf(html: string): string {
  return PUBLISHED_DAY.exec(html)?.[1] ?? UNDATED_SHARD;
}

/** At most this many dated shards (plus the undated one): each costs a query an index chunk per word. */
export const MAX_SHARDS = 6;
/** The smallest shard size, so that a small archive is not cut into tiny indexes. */
export const MIN_SHARD_PAGES = 256;

/**
 * Pages a shard fills up to: a power of two, at least MIN_SHARD_PAGES, large enough for at most
 * MAX_SHARDS shards. It changes only when the archive doubles (every shard is indexed again then).
 */
export function shardSize(pages: number): number {
  let size = MIN_SHARD_PAGES;
  while (size * MAX_SHARDS < pages) size *= 2;
  return size;
}

/**
 * Groups days into shards of at least `targetPages` pages: from the oldest day, a shard takes
 * whole days until it holds `targetPages`, then the next one starts; the newest shard is the one
 * still filling. A shard is named after its first day; undated pages have a shard of their own.
 *
 * Why grouped from the oldest: a text edit leaves every count alone, so it re-indexes one shard;
 * a new article joins the newest day, so it re-indexes the newest shard only; older shards change
 * only when an old article is added, deleted or re-dated. Why not one shard a day or a month:
 * every shard costs the search page an index chunk per query word (about 25 KB), so the bytes a
 * query fetches grow with the number of shards; see README, Performance.
 */
export function planShards(pagesPerDay: ReadonlyMap<string, number>, targetPages: number): Map<string, string> {
  const shardOfDay = new Map<string, string>();
  let current: string | undefined;
  let filled = 0;
  for (const day of [...pagesPerDay.keys()].filter((key) => key !== UNDATED_SHARD).sort()) {
    if (current === undefined || filled >= targetPages) {
      current = day;
      filled = 0;
    }
    shardOfDay.set(day, current);
    filled += pagesPerDay.get(day) ?? 0;
  }
  if (pagesPerDay.has(UNDATED_SHARD)) shardOfDay.set(UNDATED_SHARD, UNDATED_SHARD);
  return shardOfDay;
}

/**
 * Whether Pagefind would read a page at all: once any page of an index has a
 * `data-pagefind-body` element, pages without one are left out. Every shard applies the
 * rule of the whole site, so a shard of pages without one is not indexed whole.
 */
export function asksToBeIndexed(html: string): boolean {
  return html.includes('data-pagefind-body');
}

/** What the index builder keeps of a built page: where it is, its day, a digest of its HTML. */
export interface ShardPage {
  /** Path of the page's HTML file under the site folder, with `/` separators. */
  path: string;
  period: string;
  digest: string;
}

/** A page as the builder keeps it, or null when Pagefind would not read it (asksToBeIndexed). */
export function describePage(path: string, html: string): ShardPage | null {
  if (!asksToBeIndexed(html)) return null;
  return { path, period: periodOf(html), digest: hash('sha256', html, 'base64url') };
}

/**
 * What a shard's index is made from: the Pagefind version, its options, and every page's
 * path and HTML. Equal keys give equal indexes, so a cached index of the same key is reused.
 */
export function shardKey(pages: readonly ShardPage[], pagefindVersion: string, options: unknown): string {
  const parts = [pagefindVersion, JSON.stringify(options), ...[...pages].sort(byPath).map((page) => `${page.path}\0${page.digest}`)];
  return hash('sha256', parts.join('\n'), 'base64url').slice(0, 24);
}

/** Pages grouped into shards of about `targetPages` (planShards), each sorted by path (the order Pagefind is given them). */
export function groupByShard(pages: readonly ShardPage[], targetPages: number = shardSize(pages.length)): Map<string, ShardPage[]> {
  const pagesPerDay = new Map<string, number>();
  for (const page of pages) pagesPerDay.set(page.period, (pagesPerDay.get(page.period) ?? 0) + 1);
  const plan = planShards(pagesPerDay, targetPages);
  const shards = new Map<string, ShardPage[]>();
  for (const page of [...pages].sort(byPath)) {
    const shard = plan.get(page.period) as string;
    const group = shards.get(shard);
    if (group) group.push(page);
    else shards.set(shard, [page]);
  }
  return shards;
}

/**
 * The shard the search page loads first (Pagefind's primary index, whose folder also holds
 * the script and WebAssembly) and the others it merges: the newest month first, undated last.
 */
export function shardOrder(shards: Iterable<string>): string[] {
  return [...shards].sort((a, b) => (a === UNDATED_SHARD ? 1 : b === UNDATED_SHARD ? -1 : b.localeCompare(a)));
}

function byPath(a: ShardPage, b: ShardPage): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}
