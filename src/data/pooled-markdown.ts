import { articleMarkdownConfig } from '../markdown/article-markdown.ts';
import { ArticleRenderPool, renderPoolSize, type RendererSettings } from './article-render-pool.ts';
import { entryTypesOf, type EntryTypes, type LoaderContext, type RenderFunction } from './entry-types.ts';

type AstroConfig = LoaderContext['config'];

/**
 * Loader context fields that make the glob loader render Markdown bodies on worker threads
 * (article-render-pool.ts), which also save the HTML under `htmlDir`, instead of on the main
 * thread, where reading, front matter and the schema check of the other files wait for them.
 *
 * The workers are started at the first body to render (a build with no changed article starts
 * none) and ended by `close()`, after the loader's first pass: later renders (`astro dev`
 * re-rendering an edited file) use Astro's own render function on the main thread, with the
 * plugins as Vite has them. Only the Astro config's `markdown` setting being the project's
 * (src/markdown/article-markdown.ts, which the workers load) lets the workers render for it;
 * any other setting renders on the main thread, with a warning.
 */
export function pooledMarkdown(context: LoaderContext, htmlDir: string): { context: { entryTypes?: EntryTypes }; close(): Promise<void> } {
  const entryTypes = entryTypesOf(context);
  const markdown = entryTypes?.get('.md');
  const mainThreadRender = markdown?.getRenderFunction?.bind(markdown);
  const size = renderPoolSize();
  if (!entryTypes || !markdown || !mainThreadRender || size === 0) return { context: {}, close: async () => {} };
  if (!isArticleMarkdown(context.config.markdown)) {
    context.logger.warn('The Astro config’s `markdown` setting is not articleMarkdownConfig (src/markdown/article-markdown.ts): article bodies are rendered on the main thread only.');
    return { context: {}, close: async () => {} };
  }
  let pool: ArticleRenderPool | undefined;
  let closed = false;
  const getRenderFunction = async (config: AstroConfig): Promise<RenderFunction> => {
    let onMainThread: RenderFunction | undefined;
    return async (entry) => {
      if (closed) {
        onMainThread ??= await mainThreadRender(config);
        return onMainThread(entry);
      }
      pool ??= new ArticleRenderPool({ settings: rendererSettings(config), htmlDir }, size);
      return pool.render(entry.body ?? '', entry.data, entry.filePath);
    };
  };
  return {
    context: { entryTypes: new Map(entryTypes).set('.md', { ...markdown, getRenderFunction }) },
    close: async () => {
      closed = true;
      await pool?.close();
    },
  };
}

/** What Astro's Markdown entry type passes `createRenderer`, without what cannot be sent to a thread (functions). */
function rendererSettings(config: AstroConfig): RendererSettings {
  const { markdown, image } = config;
  return {
    syntaxHighlight: markdown.syntaxHighlight,
    // Only read when highlighting, which articleMarkdownConfig switches off (and its transformers are functions).
    shikiConfig: markdown.syntaxHighlight ? markdown.shikiConfig : undefined,
    gfm: markdown.gfm,
    smartypants: markdown.smartypants,
    image: { domains: image.domains, remotePatterns: image.remotePatterns },
  };
}

/**
 * Whether a `markdown` setting is articleMarkdownConfig: the Astro config holds its own copy
 * of the module (Astro loads the config apart from the content config), so the two are
 * compared by their options, plugins by name.
 */
export function isArticleMarkdown(markdown: AstroConfig['markdown']): boolean {
  const describe = (setting: { syntaxHighlight: unknown; processor: unknown }) =>
    JSON.stringify({ syntaxHighlight: setting.syntaxHighlight, processor: setting.processor }, (_key, value: unknown) => (typeof value === 'function' ? `function ${value.name}` : value));
  return describe(markdown) === describe(articleMarkdownConfig);
}
