import { foldArabic } from '../lib/arabic-search.ts';

/** The Pagefind UI, set on `window` by the pagefind-ui.js the search page loads first. */
declare global {
  interface Window {
    PagefindUI?: new (options: Record<string, unknown>) => unknown;
  }
}

/**
 * The shard indexes to merge into the one under `bundlePath` (src/search-index/build.ts writes
 * the list beside it). A bundle without the list is one whole index, as `pagefind --site` writes.
 */
async function shardsToMerge(bundlePath: string): Promise<{ bundlePath: string }[]> {
  const response = await fetch(`${bundlePath}shards.json`);
  if (!response.ok) return [];
  const { merge } = (await response.json()) as { merge: string[] };
  return merge.map((shard) => ({ bundlePath: `${bundlePath}${shard}` }));
}

/** Starts the search box; a `?q=` in the address runs that search at once. */
export async function startSearch(): Promise<void> {
  const element = document.querySelector<HTMLElement>('#search');
  const bundlePath = element?.dataset.bundlePath;
  if (!element || !bundlePath || !window.PagefindUI) return;
  new window.PagefindUI({
    element,
    bundlePath,
    mergeIndex: await shardsToMerge(bundlePath),
    showSubResults: true,
    showImages: false,
    resetStyles: false,
    // No autofocus: keyboard and screen-reader users first meet the skip link, as on every page.
    autofocus: false,
    // Arabic queries in the index's spelling (no diacritics, one alef, ه for ة, ي for ى, no
    // tatweel); text in other scripts passes unchanged.
    processTerm: foldArabic,
  });
  const query = new URLSearchParams(window.location.search).get('q');
  const input = element.querySelector<HTMLInputElement>('input[type="text"], input[type="search"]');
  if (query && input) {
    input.value = query;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }
}
