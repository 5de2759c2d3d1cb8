import type { Loader } from 'astro/loaders';
import type { RenderedBody } from './article-render-pool.ts';

export type LoaderContext = Parameters<Loader['load']>[0];
type AstroConfig = LoaderContext['config'];

export type EntryInfo = { data: Record<string, unknown>; rawData: string; body: string; slug: string };
export type RenderFunction = (entry: { id: string; data: Record<string, unknown>; body?: string; filePath?: string; digest?: string }) => Promise<RenderedBody>;

/**
 * What this project's loader changes of Astro's content entry types, which the glob loader
 * reads from its context (`entryTypes`, by file extension) and Astro's public types leave out:
 * how a file's front matter is read (unchanged-entries.ts) and how its body is rendered
 * (pooled-markdown.ts).
 */
export interface EntryType {
  getEntryInfo: (params: { contents: string; fileUrl: URL }) => EntryInfo | Promise<EntryInfo>;
  getRenderFunction?: (config: AstroConfig) => Promise<RenderFunction>;
}

export type EntryTypes = Map<string, EntryType>;

/** The entry types Astro hands a loader's context. */
export function entryTypesOf(context: LoaderContext): EntryTypes | undefined {
  return (context as { entryTypes?: EntryTypes }).entryTypes;
}
