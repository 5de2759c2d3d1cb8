import { afterEach, describe, expect, test } from 'vitest';
import { formatArticle, type FormatTask } from '../src/ingest/format-article.ts';
import { createFormatter, isDone, workerFormatter, type FormatJob, type Formatter } from '../src/ingest/formatter.ts';

function task(position: number, title = `Talks resume in Baghdad, round ${position}`): FormatTask {
  return {
    article: {
      title,
      images: [{ caption: 'Delegates arrive for the talks.', credit: 'AFP' }],
      dateline: 'Baghdad',
      byline: null,
      paragraphs: [`Iraqi and US officials met in Baghdad on Monday for round ${position} of the talks.`, 'No date was set for the next one.'],
      removed: [],
    },
    context: { slug: `talks-${position}`, sourceFile: 'dump.txt', position },
    existing: null,
    force: false,
  };
}

let formatter: Formatter | undefined;
afterEach(async () => {
  await formatter?.close();
  formatter = undefined;
});

async function finishAll(jobs: FormatJob[]): Promise<void> {
  for (const job of jobs) await formatter?.finish(job);
}

describe('the worker formatter', () => {
  test('gives what formatting on this thread gives, and an error on the article it failed', async () => {
    formatter = createFormatter(0, { NEWS_IMPORT_WORKERS: '1' });
    const tasks = [task(1), task(2, ''), task(3)];
    const jobs = tasks.map((item) => formatter!.submit(item));
    await finishAll(jobs);
    expect(jobs[0]?.plan).toEqual(formatArticle(tasks[0]!));
    expect(jobs[1]?.error?.message).toMatch(/^article 2 \(""\): title /);
    expect(jobs[2]?.plan).toEqual(formatArticle(tasks[2]!));
  });

  test('the main thread formats articles itself while the worker has two full batches queued', async () => {
    formatter = createFormatter(0, { NEWS_IMPORT_WORKERS: '1' });
    const jobs = Array.from({ length: 100 }, (_, i) => formatter!.submit(task(i + 1)));
    // Submitted without yielding: the worker cannot have answered yet.
    expect(jobs.slice(0, 64).some(isDone)).toBe(false);
    expect(jobs.slice(64).every(isDone)).toBe(true);
    await finishAll(jobs);
    expect(jobs.every((job) => job.plan?.outcome === 'created')).toBe(true);
  });

  test('a worker that stops: what it answered stands, the rest fail, and nothing waits forever', async () => {
    formatter = workerFormatter(1, new URL('./fixtures/one-batch-worker.ts', import.meta.url));
    const jobs = Array.from({ length: 40 }, (_, i) => formatter!.submit(task(i + 1)));
    await finishAll(jobs);
    expect(jobs.slice(0, 32).every((job) => job.plan?.outcome === 'created')).toBe(true);
    for (const job of jobs.slice(32)) expect(job.error?.message).toBe('a formatting worker stopped unexpectedly (exit code 3)');
    expect(formatter.submit(task(41)).error?.message).toMatch(/stopped unexpectedly/);
  });

  test('without workers every article is formatted at once', () => {
    formatter = createFormatter(0, { NEWS_IMPORT_WORKERS: '0' });
    expect(isDone(formatter.submit(task(1)))).toBe(true);
  });
});
