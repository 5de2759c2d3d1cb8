/** Worker thread entry: formats the batches of articles the importer sends it (see formatter.ts). */
import { parentPort } from 'node:worker_threads';
import { formatArticle, type FormatTask } from './format-article.ts';

parentPort?.on('message', (batch: { id: number; task: FormatTask }[]) => {
  parentPort?.postMessage(
    batch.map(({ id, task }) => {
      try {
        return { id, plan: formatArticle(task) };
      } catch (error) {
        return { id, error: error instanceof Error ? error.message : String(error) };
      }
    }),
  );
});
