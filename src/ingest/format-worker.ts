/** Worker thread entry: formats the articles the importer sends it (see formatter.ts). */
import { parentPort } from 'node:worker_threads';
import { formatArticle, type FormatTask } from './format-article.ts';

parentPort?.on('message', ({ id, task }: { id: number; task: FormatTask }) => {
  try {
    parentPort?.postMessage({ id, plan: formatArticle(task) });
  } catch (error) {
    parentPort?.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
