import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join, resolve } from 'node:path';
import { glob, type Loader } from 'astro/loaders';
import { readingMinutes } from '../lib/reading-time.ts';
import { summarize } from '../lib/summary.ts';
import { ArticleChecks } from './article-checks.ts';
import { articleHtmlDir, pruneArticleHtml, saveArticleHtml } from './article-html.ts';

type Store = Parameters<Loader['load']>[0]['store'];
type StoredEntry = Parameters<Store['set']>[0];

/**
 * The files whose code decides what the content store holds for an article: its rendered
 * HTML (the Markdown pipeline), its parsed front matter (the schema, dates) and the fields
 * worked out here. Astro clears its store only when the content config file itself changes.
 */
const STORE_INPUTS = ['src/content.config.ts', 'src/data/articles-loader.ts', 'src/data/article-html.ts', 'src/schema', 'src/markdown', 'src/lib', 'package-lock.json'];

/**
 * The article files, read by Astro's glob loader, plus what every list needs from a body
 * (its summary and reading time), worked out once when a file changes instead of on every
 * build. Neither the Markdown body nor its rendered HTML stays in the content store: pages
 * need only the HTML, which goes to a file of its own (see article-html.ts). A 10,000-article
 * build peaked at 3.5 GB with the bodies in the store, and at 1.4 GB with neither.
 *
 * Every entry records the version of the code that made it (`storeVersion`), a hash of
 * STORE_INPUTS; when that changes the store is rebuilt, and since pages' cache keys include
 * it (src/data/archive.ts), every page is rendered again.
 */
export function articlesLoader(base: string): Loader {
  let checks: ArticleChecks | undefined;
  const files = glob({ pattern: '**/*.md', base, generateId: (options) => checks!.generateId(options) });
  return {
    name: 'articles',
    async load(context) {
      const root = fileURLToPath(context.config.root);
      checks = new ArticleChecks(resolve(root, base), root);
      const version = storeVersion(context.config.root);
      if (context.meta.get(VERSION_KEY) !== version) {
        context.store.clear();
        context.meta.set(VERSION_KEY, version);
      }
      // Only `astro dev` hands loaders a file watcher.
      const htmlDir = articleHtmlDir(context.config.cacheDir, context.watcher !== undefined);
      // An entry whose body file is gone (a cleaned cache) or elsewhere (a copied project) is rendered again.
      for (const entry of context.store.values()) {
        const file = String(entry.data.bodyHtmlFile);
        if (dirname(file) !== htmlDir || !existsSync(file)) context.store.delete(entry.id);
      }
      const set = (entry: StoredEntry) => {
        checks!.checkRendered(entry);
        return context.store.set(withDerivedFields(entry, version, htmlDir));
      };
      await files.load({
        ...context,
        logger: checks.logger(context.logger),
        parseData: checks.parseData(context.parseData),
        store: { ...context.store, set },
      });
      pruneArticleHtml(htmlDir, new Set(context.store.values().map((entry) => String(entry.data.bodyHtmlFile))));
    },
  };
}

/**
 * An entry with its summary (unless an editor wrote one), reading time and store version,
 * and its rendered HTML saved under `htmlDir` (`bodyHtmlFile`): neither body nor HTML is stored.
 */
export function withDerivedFields(entry: StoredEntry, version: string, htmlDir: string): StoredEntry {
  const body = entry.body ?? '';
  const lang = typeof entry.data.lang === 'string' ? entry.data.lang : 'en';
  const summary = typeof entry.data.summary === 'string' ? entry.data.summary : summarize(body);
  const bodyHtmlFile = saveArticleHtml(htmlDir, entry.rendered?.html ?? '');
  return {
    ...entry,
    body: undefined,
    rendered: undefined,
    data: { ...entry.data, summary, readingMinutes: readingMinutes(body, lang), storeVersion: version, bodyHtmlFile },
  };
}

const VERSION_KEY = 'store-version';

/** A hash of the STORE_INPUTS files under the project root (a file that cannot be read counts as absent). */
export function storeVersion(root: URL): string {
  const hash = createHash('sha256');
  const rootPath = fileURLToPath(root);
  const add = (path: string) => {
    const file = join(rootPath, path);
    const stats = statSync(file, { throwIfNoEntry: false });
    if (stats?.isDirectory()) for (const name of readdirSync(file).sort()) add(join(path, name));
    else if (stats?.isFile()) hash.update(`${path}\n`).update(readFileSync(file));
  };
  for (const input of STORE_INPUTS) add(input);
  return hash.digest('base64url').slice(0, 22);
}
