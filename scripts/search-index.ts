/**
 * The search index of every edition but the default one, after `astro build` and
 * `pagefind --site dist` (which indexes the default edition as pagefind.yml says): each
 * edition's articles in an index of their own under `<edition>/pagefind/`, in its language,
 * so that each edition's search page finds only its own articles.
 *
 *   node scripts/search-index.ts [dist]
 */
import { join, resolve } from 'node:path';
import { close, createIndex } from 'pagefind';
import { site } from '../src/site.config.ts';

const dir = resolve(process.argv[2] ?? 'dist');

try {
  for (const edition of site.editions.slice(1)) {
    const { index, errors } = await createIndex({ forceLanguage: edition });
    if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
    // Result URLs are relative to the edition's folder: the search UI puts them under its bundle's parent, /ar/.
    const added = await index.addDirectory({ path: join(dir, edition), glob: 'articles/**/*.html' });
    if (added.errors.length > 0) throw new Error(`pagefind (${edition}): ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: join(dir, edition, 'pagefind') });
    if (written.errors.length > 0) throw new Error(`pagefind (${edition}): ${written.errors.join('; ')}`);
    console.log(`Search index of the ${edition} edition: ${added.page_count} pages in ${join(edition, 'pagefind')}/`);
  }
} finally {
  await close();
}
