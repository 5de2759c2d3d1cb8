import { availableParallelism } from 'node:os';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import { formatArticle, type FormatTask } from './format-article.ts';
import type { WritePlan } from './plan-write.ts';

/** An article being formatted: `plan` or `error` is set once it is done. */
export interface FormatJob {
  plan?: WritePlan;
  error?: Error;
}

/** Formats articles, on worker threads when there are enough of them to pay for starting those. */
export interface Formatter {
  /** Formats an article now, or queues it for a worker. */
  submit(task: FormatTask): FormatJob;
  /** Takes in the articles workers have finished, without waiting. */
  collect(): void;
  /** Waits until `job` is done (sending it to work first if it is still in an unsent batch). */
  finish(job: FormatJob): Promise<void>;
  close(): Promise<void>;
  /** How many articles the importer should keep submitted ahead of the one it writes next. */
  readonly lookAhead: number;
}

export function isDone(job: FormatJob): boolean {
  return job.plan !== undefined || job.error !== undefined;
}

/** Dumps smaller than this are formatted on the main thread: starting a worker costs ~0.2 s. */
export const WORKER_THRESHOLD_BYTES = 4 * 1024 * 1024;

/** Articles sent to a worker in one message: one message per article costs more than its clone. */
const BATCH_SIZE = 32;

/** Batches a worker may have waiting before the main thread formats the next article itself. */
const QUEUED_BATCHES_PER_WORKER = 2;

/**
 * A formatter for a dump of `dumpBytes`: one worker per core but one for large dumps, since
 * the main thread formats too. `NEWS_IMPORT_WORKERS=N` sets the number of workers whatever
 * the size (0: format on the main thread only).
 */
export function createFormatter(dumpBytes: number, env: NodeJS.ProcessEnv = process.env): Formatter {
  const override = env.NEWS_IMPORT_WORKERS ? Number.parseInt(env.NEWS_IMPORT_WORKERS, 10) : Number.NaN;
  const automatic = dumpBytes >= WORKER_THRESHOLD_BYTES ? Math.min(4, Math.max(1, availableParallelism() - 1)) : 0;
  const workers = Number.isInteger(override) && override >= 0 ? override : automatic;
  return workers > 0 ? workerFormatter(workers) : inlineFormatter();
}

/** Formats an article on this thread. */
export function formatHere(task: FormatTask): FormatJob {
  try {
    return { plan: formatArticle(task) };
  } catch (error) {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }
}

function inlineFormatter(): Formatter {
  return { submit: formatHere, collect: () => {}, finish: async () => {}, close: async () => {}, lookAhead: 1 };
}

/** What a worker sends back for one article. */
export type Reply = { id: number; plan?: WritePlan; error?: string };

/**
 * Batches go to the `count` workers in turn. Replies come back on a port per worker, which the
 * main thread also reads synchronously (`collect`) so finished articles are written while it works.
 * While every worker has enough queued, the main thread formats articles itself rather than
 * wait: on two cores, one worker and the main thread beat two workers fighting the main
 * thread for the cores.
 */
export function workerFormatter(count: number, script: URL = new URL('./format-worker.ts', import.meta.url)): Formatter {
  const jobs = new Map<number, FormatJob>();
  /** Resolved when any reply arrives, for `finish`. */
  let wake: (() => void) | undefined;
  /** Set when a worker died: later articles are refused at once rather than sent to it. */
  let failure: Error | undefined;
  let closing = false;

  const receive = (batch: Reply[]) => {
    for (const { id, plan, error } of batch) {
      const job = jobs.get(id);
      jobs.delete(id);
      if (!job) continue;
      if (plan) job.plan = plan;
      else job.error = new Error(error ?? 'the formatter returned nothing');
    }
    wake?.();
  };
  const fail = (error: Error) => {
    // Replies already sent stand: only the articles still out get the error.
    collect();
    failure = error;
    for (const job of jobs.values()) job.error = error;
    jobs.clear();
    wake?.();
  };

  const replyPorts: MessagePort[] = [];
  const workers: Worker[] = [];
  const collect = () => {
    for (const port of replyPorts) {
      for (let message = receiveMessageOnPort(port); message; message = receiveMessageOnPort(port)) receive(message.message);
    }
  };
  const close = async () => {
    closing = true;
    for (const port of replyPorts) port.close();
    await Promise.all(workers.map((worker) => worker.terminate()));
  };
  try {
    for (let i = 0; i < count; i++) {
      const { port1, port2 } = new MessageChannel();
      port1.on('message', receive);
      port1.on('messageerror', fail);
      replyPorts.push(port1);
      const worker = new Worker(script, { workerData: { replyPort: port2 }, transferList: [port2] });
      worker.on('error', fail);
      // A worker that stops on its own (process.exit in a dependency) would leave its articles waiting.
      worker.on('exit', (code) => {
        if (!closing) fail(failure ?? new Error(`a formatting worker stopped unexpectedly (exit code ${code})`));
      });
      workers.push(worker);
    }
  } catch (error) {
    void close();
    throw error;
  }

  let nextId = 0;
  let nextWorker = 0;
  let batch: { id: number; task: FormatTask }[] = [];
  /** The jobs of `batch`, kept apart so they are not cloned with it. */
  let batchJobs = new Set<FormatJob>();
  const flush = () => {
    if (batch.length === 0) return;
    workers[nextWorker % count]?.postMessage(batch);
    nextWorker += 1;
    batch = [];
    batchJobs = new Set();
  };
  const queuedJobs = count * BATCH_SIZE * QUEUED_BATCHES_PER_WORKER;

  return {
    submit(task) {
      if (failure) return { error: failure };
      if (jobs.size >= queuedJobs) return formatHere(task);
      const job: FormatJob = {};
      const id = nextId;
      nextId += 1;
      jobs.set(id, job);
      batch.push({ id, task });
      batchJobs.add(job);
      if (batch.length >= BATCH_SIZE) flush();
      return job;
    },
    collect,
    async finish(job) {
      if (batchJobs.has(job)) flush();
      collect();
      while (!isDone(job)) await new Promise<void>((resolve) => (wake = resolve));
      wake = undefined;
    },
    close,
    // The workers' queues, and as many again for the main thread to format and write meanwhile.
    lookAhead: 2 * queuedJobs,
  };
}
