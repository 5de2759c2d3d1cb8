/** Worker thread entry: formats the batches of articles the importer sends it (see formatter.ts). */
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { formatArticle, type FormatTask } from './format-article.ts';
import type { Reply } from './formatter.ts';

const replyPort = (workerData as { replyPort: MessagePort }).replyPort;

parentPort?.on('message', (batch: { id: number; task: FormatTask }[]) => {
  replyPort.postMessage(
    batch.map(({ id, task }): Reply => {
      try {
        return { id, plan: formatArticle(task) };
      } catch (error) {
        return { id, error: error instanceof Error ? error.message : String(error) };
      }
    }),
  );
});
