/**
 * Where each edition's pages and search bundle are in the built site (src/site.config.ts
 * `editions`): the first edition at the root, every other under `<language>/`. Pure functions.
 */

export interface EditionFolder {
  edition: string;
  /** The edition's folder under the site, with a trailing `/` (`ar/`), or `` for the first edition. */
  folder: string;
  /** Globs (relative to `folder`) of the other editions' folders inside this one: none but the first edition has any. */
  exclude: string[];
}

/** The folder of each edition, in the configuration's order. */
export function editionFolders(editions: readonly string[]): EditionFolder[] {
  if (editions.length === 0) throw new Error('src/site.config.ts: `editions` names no edition to index');
  const [first, ...others] = editions;
  return [
    { edition: first as string, folder: '', exclude: others.map((edition) => `${edition}/**`) },
    ...others.map((edition) => ({ edition, folder: `${edition}/`, exclude: [] })),
  ];
}
