/**
 * `npm run bench:import -- [--mb 60] [--runs 3] [--seed S] [--keep]`
 *
 * Generates a synthetic dump of at least 50 MB in a scratch folder, imports it with the
 * real importer CLI into a fresh folder per run (all deleted at the end: deleting thousands of
 * files just before a run makes ext4 slower to create the next ones), and prints the medians of MB/s,
 * articles/s and the importer's peak RSS. Target: at least 20 MB/s.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { writeDump, type DumpSummary } from './generate-dump.ts';
import { runImport, type ImportRun } from './lib/import.ts';
import { cell, median, round, textTable } from './lib/stats.ts';

const TARGET_MB_PER_S = 20;

interface Options {
  mb: number;
  runs: number;
  seed: number | undefined;
  keep: boolean;
}

function readOptions(argv: string[]): Options {
  const { values } = parseArgs({
    args: argv,
    options: {
      mb: { type: 'string', default: '60' },
      runs: { type: 'string', default: '3' },
      seed: { type: 'string' },
      keep: { type: 'boolean', default: false },
    },
  });
  const mb = Number(values.mb);
  const runs = Number(values.runs);
  if (!(mb > 0) || !Number.isInteger(runs) || runs < 1) throw new Error('--mb must be positive and --runs a whole number ≥ 1');
  return { mb, runs, seed: values.seed ? Number(values.seed) : undefined, keep: values.keep };
}

async function main(argv: string[]): Promise<void> {
  const options = readOptions(argv);
  const scratch = mkdtempSync(join(tmpdir(), 'news-import-bench-'));
  try {
    const dumpPath = join(scratch, 'dump.txt');
    const dump = await writeDump(dumpPath, { targetBytes: options.mb * 1048576, seed: options.seed });
    console.log(`dump: ${dump.articles} articles, ${(dump.bytes / 1048576).toFixed(1)} MB (${dumpPath})`);
    const runs: ImportRun[] = [];
    for (let run = 1; run <= options.runs; run += 1) {
      const result = await runImport(dumpPath, join(scratch, `articles-${run}`), dump);
      runs.push(result);
      console.log(`run ${run}: ${result.wallS.toFixed(2)} s, ${result.mbPerS.toFixed(1)} MB/s, ${cell(result.peakRssMb, 0)} MB peak RSS`);
    }
    report(dump, runs);
  } finally {
    if (!options.keep) rmSync(scratch, { recursive: true, force: true });
  }
}

function report(dump: DumpSummary, runs: readonly ImportRun[]): void {
  const mbPerS = median(runs.map((run) => run.mbPerS));
  const result = {
    dump_mb: round(dump.bytes / 1048576, 1),
    articles: dump.articles,
    runs: runs.length,
    import_s: round(median(runs.map((run) => run.wallS))),
    import_mb_per_s: round(mbPerS, 1),
    import_articles_per_s: round(median(runs.map((run) => run.articlesPerS)), 0),
    import_peak_rss_mb: round(median(runs.map((run) => run.peakRssMb)), 0),
  };
  console.log(
    `\n${textTable(
      ['dump MB', 'articles', 'seconds', 'MB/s', 'articles/s', 'peak RSS MB'],
      [[cell(result.dump_mb), String(dump.articles), cell(result.import_s, 2), cell(result.import_mb_per_s), cell(result.import_articles_per_s, 0), cell(result.import_peak_rss_mb, 0)]],
    )}`,
  );
  console.log(`medians of ${runs.length} run(s); target ≥ ${TARGET_MB_PER_S} MB/s: ${mbPerS !== null && mbPerS >= TARGET_MB_PER_S ? 'met' : 'NOT met'}`);
  console.log(JSON.stringify(result));
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error((error as Error).message);
  process.exitCode = 1;
});
