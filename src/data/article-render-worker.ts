import { parentPort, workerData } from 'node:worker_threads';
import { articleMarkdownConfig } from '../markdown/article-markdown.ts';
import { saveArticleHtml } from './article-html.ts';
import type { RenderJob, RenderReply, RenderPoolData } from './article-render-pool.ts';

/**
 * A worker thread of the article render pool (article-render-pool.ts): renders article bodies
 * with the same unified processor and settings Astro's Markdown entry type would use on the
 * main thread (`createRenderer` with the Astro config's shared settings, `render` with the
 * entry's front matter and file URL), saves the HTML in the folder of rendered bodies (so the
 * loader's own save finds the file there), and replies with the HTML and metadata, or the
 * error's message.
 */
const { settings, htmlDir } = workerData as RenderPoolData;
const renderer = await articleMarkdownConfig.processor.createRenderer(settings);

parentPort!.on('message', async (job: RenderJob) => {
  let reply: RenderReply;
  try {
    const result = await renderer.render(job.body, { frontmatter: job.frontmatter, fileURL: job.fileUrl === undefined ? undefined : new URL(job.fileUrl) });
    saveArticleHtml(htmlDir, result.code);
    reply = { id: job.id, html: result.code, metadata: result.metadata };
  } catch (error) {
    reply = { id: job.id, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort!.postMessage(reply);
});
