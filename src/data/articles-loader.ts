import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';
import { glob, type Loader } from 'astro/loaders';
import { readingMinutes } from '../lib/reading-time.ts';
import { summarize } from '../lib/summary.ts';
import { ArticleChecks } from './article-checks.ts';
import { articleHtmlDir, pruneArticleHtml, saveArticleHtml } from './article-html.ts';
import { codeVersion, localModules } from './module-graph.ts';
import { pooledMarkdown } from './pooled-markdown.ts';
import { skipUnchangedFrontMatter } from './unchanged-entries.ts';
import { entryTypesOf } from './entry-types.ts';

type Store = Parameters<Loader['load']>[0]['store'];
type StoredEntry = Parameters<Store['set']>[0];

/**
 * What decides what the content store holds for an article: its parsed front matter and the
 * fields worked out here (the content config and every module it imports), its rendered HTML
 * (the Astro config's `markdown` setting, kept in src/markdown/article-markdown.ts, and every
 * module that imports; the render worker threads, which load that module themselves, see
 * src/data/pooled-markdown.ts) and the packages (the lock file). Astro clears its store when the
 * content config file itself or the config's values change, not when a module they import
 * does. Code only the importer, the pages or the rest of the Astro config (sitemap,
 * integrations) use is not among them: pages' own code is in Astro's page cache keys, and
 * what the importer wrote is in each article file's digest.
 */
const STORE_ENTRIES = ['src/content.config.ts', 'src/markdown/article-markdown.ts', 'src/data/article-render-worker.ts'];
const STORE_FILES = ['package-lock.json'];

/**
 * The article files, read by Astro's glob loader, plus what every list needs from a body
 * (its summary and reading time), worked out once when a file changes instead of on every
 * build. Neither the Markdown body nor its rendered HTML stays in the content store: pages
 * need only the HTML, which goes to a file of its own (see article-html.ts). A 10,000-article
 * build peaked at 3.5 GB with the bodies in the store, and at 1.4 GB with neither.
 *
 * Every entry records the version of the code that made it (`storeVersion`), a hash of the
 * modules STORE_ENTRIES reach and of STORE_FILES; when that changes the store is rebuilt,
 * and since pages' cache keys include it (src/data/archive.ts), every page is rendered again.
 */
export function articlesLoader(base: string): Loader {
  let checks: ArticleChecks | undefined;
  let unchanged: ReturnType<typeof skipUnchangedFrontMatter> | undefined;
  const files = glob({
    pattern: '**/*.md',
    base,
    generateId: (options) => {
      const storedId = unchanged?.idOf(options.data);
      return checks!.generateId(storedId === undefined ? options : { ...options, data: { slug: storedId } });
    },
  });
  return {
    name: 'articles',
    async load(context) {
      const root = fileURLToPath(context.config.root);
      checks = new ArticleChecks(resolve(root, base), root);
      const version = await storeVersion(context.config.root);
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
      // Bodies are rendered on worker threads while this thread reads and checks the next files.
      const markdown = pooledMarkdown(context, htmlDir);
      unchanged = skipUnchangedFrontMatter(context, markdown.context.entryTypes ?? entryTypesOf(context));
      try {
        await files.load({
          ...context,
          ...markdown.context,
          ...(unchanged.entryTypes ? { entryTypes: unchanged.entryTypes } : {}),
          logger: checks.logger(context.logger),
          parseData: checks.parseData(context.parseData),
          store: { ...context.store, set },
        });
      } finally {
        await markdown.close();
      }
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

/** The project files the store's content depends on: the modules STORE_ENTRIES reach, and STORE_FILES. */
export async function storeInputs(root: URL): Promise<string[]> {
  return [...(await localModules(fileURLToPath(root), STORE_ENTRIES)), ...STORE_FILES];
}

/** A hash of the store's inputs under the project root (codeVersion of STORE_ENTRIES and STORE_FILES). */
export function storeVersion(root: URL): Promise<string> {
  return codeVersion(fileURLToPath(root), STORE_ENTRIES, STORE_FILES);
}
