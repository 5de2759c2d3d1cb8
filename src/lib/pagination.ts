/** One link of a numbered pagination bar; `gap` stands for skipped pages. */
export type PageLink = { kind: 'page'; page: number; current: boolean } | { kind: 'gap' };

/**
 * Page numbers to show: the first, the last, and `around` pages either side of the
 * current one, with gaps between: 1 … 4 5 [6] 7 8 … 20.
 */
export function pageLinks(current: number, last: number, around = 2): PageLink[] {
  const links: PageLink[] = [];
  for (let page = 1; page <= last; page += 1) {
    const shown = page === 1 || page === last || Math.abs(page - current) <= around;
    if (shown) links.push({ kind: 'page', page, current: page === current });
    else if (links.at(-1)?.kind !== 'gap') links.push({ kind: 'gap' });
  }
  return links;
}
