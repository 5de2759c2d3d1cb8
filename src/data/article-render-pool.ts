import type { AstroMarkdownOptions } from '@astrojs/markdown-remark';
import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

/** What Astro's Markdown entry type hands `createRenderer`: the Astro config's shared settings. */
export type RendererSettings = Pick<AstroMarkdownOptions, 'syntaxHighlight' | 'shikiConfig' | 'gfm' | 'smartypants'> & {
  /** Only what remark-collect-images reads of the image config (the rest holds functions). */
  image: Pick<NonNullable<AstroMarkdownOptions['image']>, 'domains' | 'remotePatterns'>;
};

/** What each worker is started with: the renderer's settings and the folder of rendered bodies (article-html.ts). */
export interface RenderPoolData {
  settings: RendererSettings;
  htmlDir: string;
}

export interface RenderJob {
  id: number;
  body: string;
  frontmatter: Record<string, unknown>;
  fileUrl: string | undefined;
}

export type RenderReply = { id: number; html: string; metadata: RenderedMetadata } | { id: number; error: string };

interface RenderedMetadata {
  headings: unknown[];
  localImagePaths: string[];
  remoteImagePaths: string[];
  frontmatter: Record<string, unknown>;
}

/** What the glob loader stores as an entry's `rendered` (Astro's Markdown render function's result). */
export interface RenderedBody {
  html: string;
  metadata: RenderedMetadata & { imagePaths: string[] };
}

/** The worker threads' module: the loader's own module graph reaches it through this import. */
const WORKER = new URL('./article-render-worker.ts', import.meta.url);

interface Pending {
  resolve: (rendered: RenderedBody) => void;
  reject: (error: Error) => void;
}

/**
 * Worker threads that render article bodies while the main thread reads, parses and checks
 * the next files (see article-render-worker.ts). Jobs go to the worker with the fewest in
 * flight. A worker keeps the process alive only while it has jobs, and `close()` ends them all.
 */
export class ArticleRenderPool {
  private readonly workers: { worker: Worker; pending: Map<number, Pending> }[] = [];
  private nextId = 0;
  private failure: Error | undefined;

  constructor(workerData: RenderPoolData, size: number) {
    for (let index = 0; index < size; index += 1) {
      const worker = new Worker(WORKER, { workerData });
      const pending = new Map<number, Pending>();
      worker.unref();
      worker.on('message', (reply: RenderReply) => {
        const job = pending.get(reply.id);
        pending.delete(reply.id);
        if (pending.size === 0) worker.unref();
        if ('error' in reply) job?.reject(new Error(reply.error));
        else job?.resolve({ html: reply.html, metadata: { ...reply.metadata, imagePaths: reply.metadata.localImagePaths.concat(reply.metadata.remoteImagePaths) } });
      });
      // A worker that dies (it could not load the processor, or ran out of memory) fails its jobs and every later one.
      const fail = (error: Error) => {
        this.failure ??= new Error(`An article render worker stopped: ${error.message}`, { cause: error });
        for (const job of pending.values()) job.reject(this.failure);
        pending.clear();
        worker.unref();
      };
      worker.on('error', fail);
      worker.on('exit', (code) => fail(new Error(`exit code ${code}`)));
      this.workers.push({ worker, pending });
    }
  }

  /** Renders one body as Astro's Markdown render function would (`rendered` of a stored entry). */
  render(body: string, frontmatter: Record<string, unknown>, filePath: string | undefined): Promise<RenderedBody> {
    if (this.failure) return Promise.reject(this.failure);
    const target = this.workers.reduce((least, next) => (next.pending.size < least.pending.size ? next : least));
    const id = this.nextId++;
    const job: RenderJob = { id, body, frontmatter, fileUrl: filePath === undefined ? undefined : pathToFileURL(filePath).href };
    return new Promise((resolve, reject) => {
      target.pending.set(id, { resolve, reject });
      target.worker.ref();
      target.worker.postMessage(job);
    });
  }

  /** Ends the workers (after the jobs in flight, which `close` does not wait for, are answered or failed). */
  async close(): Promise<void> {
    this.failure ??= new Error('The article render pool is closed');
    await Promise.all(this.workers.map(({ worker }) => worker.terminate()));
  }
}

/**
 * How many render workers to start: NEWS_RENDER_WORKERS (0: none, bodies are rendered on the
 * main thread), or one per core.
 */
export function renderPoolSize(): number {
  const configured = Number.parseInt(process.env.NEWS_RENDER_WORKERS ?? '', 10);
  return configured >= 0 ? configured : availableParallelism();
}
