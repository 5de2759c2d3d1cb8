/** Worker thread entry: formats the batches of articles the importer sends it (see formatter.ts). */
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import type { FormatTask } from './format-article.ts';
import { formatHere, type Reply } from './formatter.ts';

const replyPort = (workerData as { replyPort: MessagePort }).replyPort;

parentPort?.on('message', (batch: { id: number; task: FormatTask }[]) => {
  replyPort.postMessage(
    batch.map(({ id, task }): Reply => {
      const { plan, error } = formatHere(task);
      return error ? { id, error: error.message } : { id, plan };
    }),
  );
});
