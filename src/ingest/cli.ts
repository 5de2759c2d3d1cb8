/**
 * `npm run import -- <dump.txt>... [--out DIR] [--date YYYY-MM-DD] [--dry-run] [--json] [--force]`
 *
 * Exit codes: 0 done; 1 a dump could not be imported; 2 bad command line;
 * 3 some articles were left alone because they were edited by hand (see --force).
 */
import { enableCompileCache, getCompileCacheDir } from 'node:module';
import { parseArgs, styleText } from 'node:util';
import { DumpError } from './dump-error.ts';
import type { ArticleJson } from './article-record.ts';
import type { ArticleResult, ImportOptions } from './import-dump.ts';
import type { RemovedWhy } from './parse-article.ts';
import { createProgress } from './progress.ts';
import { countRemoved, describeArticle } from './recognition-report.ts';

// Node's compile cache (in the system's temporary folder) saves compiling the importer's
// modules again on each run, about a second of CPU on each thread; the formatting workers
// read the folder from NODE_COMPILE_CACHE. So the importer's modules are loaded below, once it is on.
enableCompileCache();
const compileCache = getCompileCacheDir();
if (compileCache) process.env.NODE_COMPILE_CACHE = compileCache;
const { importDump } = await import('./import-dump.ts');
// date-fns's root module loads every function (about a second): import the ones used.
const { isMatch } = await import('date-fns/isMatch');

const USAGE = `Usage: npm run import -- <dump.txt>... [options]

Parses news dumps into Markdown articles with front matter.

Options:
  --out DIR          where to write the articles (default: content/articles)
  --date YYYY-MM-DD  publication date of the imported articles
  --dry-run          report what would be written and what was recognized in each
                     article (dateline, byline, credits, every line left out), write nothing
  --json             print the articles as a JSON array, write nothing
  --force            overwrite articles that were edited by hand since their import
  -h, --help         show this help`;

const stderr = process.stderr;
const color = (style: Parameters<typeof styleText>[0], text: string) => styleText(style, text, { stream: stderr });

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        out: { type: 'string', default: 'content/articles' },
        date: { type: 'string' },
        'dry-run': { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
        force: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    return usageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (positionals.length === 0) return usageError('no dump file given');
  if (values.date !== undefined && !isCalendarDate(values.date)) {
    return usageError(`--date ${values.date}: expected a calendar date such as 2024-09-08`);
  }

  let printed = 0;
  const printJson = (record: ArticleJson) => {
    process.stdout.write(`${printed === 0 ? '[\n' : ',\n'}${JSON.stringify(record)}`);
    printed += 1;
  };
  const progress = values.json ? null : createProgress(stderr);
  const removedCounts = new Map<RemovedWhy, number>();
  const options: ImportOptions = {
    outDir: values.out,
    date: values.date,
    force: values.force,
    dryRun: values['dry-run'],
    // Each dump is checked whole before its articles are printed, so the array stays well formed.
    onJson: values.json ? printJson : undefined,
    onProgress: progress?.update,
    onArticle: (article, position, path) => {
      for (const { why } of article.removed) removedCounts.set(why, (removedCounts.get(why) ?? 0) + 1);
      if (values['dry-run'] && !values.json) {
        progress?.done();
        console.log(describeArticle(article, position, path));
      }
    },
    onWarning: (message) => stderr.write(`${color('yellow', 'warning')} ${message}\n`),
  };

  const results: ArticleResult[] = [];
  let failed = 0;
  const claimed = new Set<string>();
  for (const path of positionals) {
    try {
      try {
        results.push(...(await importDump(path, options, claimed)));
      } finally {
        progress?.done();
      }
    } catch (error) {
      failed += 1;
      if (!(error instanceof DumpError)) throw error;
      stderr.write(`${color('red', 'error')} ${error.message}\n`);
    }
  }
  const removed = countRemoved(removedCounts);
  if (removed && !values['dry-run'] && !values.json) {
    stderr.write(`lines left out of the articles: ${removed} (--dry-run or --json lists them)\n`);
  }
  if (values.json) {
    process.stdout.write(printed === 0 ? '[]\n' : '\n]\n');
    return failed > 0 ? 1 : 0;
  }
  return report(results, failed, options.dryRun);
}

/** Files written are listed one a line up to this many; past it, the summary says enough. */
const MAX_LISTED = 50;

function report(results: ArticleResult[], failed: number, dryRun: boolean): number {
  const count = (...outcomes: ArticleResult['outcome'][]) => results.filter((r) => outcomes.includes(r.outcome)).length;
  const changed = results.filter((result) => result.outcome !== 'unchanged' && result.outcome !== 'conflict');
  if (changed.length <= MAX_LISTED) {
    for (const result of changed) stderr.write(`${dryRun ? 'would write' : result.outcome} ${result.path}\n`);
  }
  for (const result of results) {
    if (result.outcome === 'conflict') {
      stderr.write(`${color('yellow', 'conflict')} ${result.path}: ${result.reason}; left as it is (--force overwrites it)\n`);
    }
  }
  const written = count('created', 'updated', 'overwritten');
  const conflicts = count('conflict');
  const summary = [
    `${results.length} article${results.length === 1 ? '' : 's'}:`,
    `${written} ${dryRun ? 'to write' : 'written'},`,
    `${count('unchanged')} unchanged,`,
    `${conflicts} conflict${conflicts === 1 ? '' : 's'}`,
  ].join(' ') + (failed > 0 ? `; ${failed} dump${failed === 1 ? '' : 's'} failed` : '');
  console.log(written === 0 && conflicts === 0 && failed === 0 ? `${summary} (nothing to do)` : summary);
  if (failed > 0) return 1;
  return conflicts > 0 ? 3 : 0;
}

function usageError(message: string): number {
  stderr.write(`${color('red', 'error')} ${message}\n\n${USAGE}\n`);
  return 2;
}

function isCalendarDate(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && isMatch(value, 'yyyy-MM-dd');
}

// A reader such as `head` closing the pipe early is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    stderr.write(`${color('red', 'error')} ${(error as Error).message ?? String(error)}\n`);
    process.exitCode = 1;
  },
);
