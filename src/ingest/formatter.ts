import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { formatArticle, type FormatTask } from './format-article.ts';
import type { WritePlan } from './plan-write.ts';

/** Formats articles, on worker threads when there are enough of them to pay for starting those. */
export interface Formatter {
  /** Queues an article for formatting. */
  format(task: FormatTask): Promise<WritePlan>;
  /** Sends queued articles to work now, instead of waiting for a full batch. */
  flush(): void;
  close(): Promise<void>;
}

/** Dumps smaller than this are formatted on the main thread: starting a worker costs ~0.2 s. */
export const WORKER_THRESHOLD_BYTES = 4 * 1024 * 1024;

/** Articles sent to a worker in one message: one message per article costs more than its clone. */
const BATCH_SIZE = 32;

/**
 * A formatter for a dump of `dumpBytes`. `NEWS_IMPORT_WORKERS=N` sets the number of worker
 * threads whatever the size (0: format on the main thread).
 */
export function createFormatter(dumpBytes: number, env: NodeJS.ProcessEnv = process.env): Formatter {
  const override = env.NEWS_IMPORT_WORKERS ? Number.parseInt(env.NEWS_IMPORT_WORKERS, 10) : Number.NaN;
  const automatic = dumpBytes >= WORKER_THRESHOLD_BYTES ? Math.min(4, availableParallelism()) : 0;
  const workers = Number.isInteger(override) && override >= 0 ? override : automatic;
  return workers > 0 ? workerFormatter(workers) : inlineFormatter();
}

function inlineFormatter(): Formatter {
  return {
    format: async (task) => formatArticle(task),
    flush: () => {},
    close: async () => {},
  };
}

type Reply = { id: number; plan?: WritePlan; error?: string };

/** Batches go to the `count` workers in turn; replies are matched to requests by id. */
function workerFormatter(count: number): Formatter {
  const pending = new Map<number, { resolve: (plan: WritePlan) => void; reject: (error: Error) => void }>();
  /** Set when a worker died: later articles are refused at once rather than sent to it. */
  let failure: Error | undefined;
  const workers = Array.from({ length: count }, () => {
    const worker = new Worker(new URL('./format-worker.ts', import.meta.url));
    worker.on('message', (replies: Reply[]) => {
      for (const { id, plan, error } of replies) {
        const request = pending.get(id);
        pending.delete(id);
        if (error !== undefined || !plan) request?.reject(new Error(error));
        else request?.resolve(plan);
      }
    });
    worker.on('error', (error) => {
      failure = error;
      for (const request of pending.values()) request.reject(error);
      pending.clear();
    });
    return worker;
  });
  let nextId = 0;
  let nextWorker = 0;
  let batch: { id: number; task: FormatTask }[] = [];
  const flush = () => {
    if (batch.length === 0) return;
    if (failure) {
      for (const { id } of batch) {
        pending.get(id)?.reject(failure);
        pending.delete(id);
      }
    } else {
      workers[nextWorker % count]?.postMessage(batch);
      nextWorker += 1;
    }
    batch = [];
  };
  return {
    format(task) {
      const id = nextId;
      nextId += 1;
      const plan: Promise<WritePlan> = failure
        ? Promise.reject(failure)
        : new Promise((resolve, reject) => {
            pending.set(id, { resolve, reject });
            batch.push({ id, task });
            if (batch.length >= BATCH_SIZE) flush();
          });
      // The importer reads a rejection when it reaches the article, which may be many
      // articles later: mark it handled now so Node does not end the process first.
      plan.catch(() => {});
      return plan;
    },
    flush,
    async close() {
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}
