/** Runs the real importer CLI on a dump and measures it. */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { benchEnv, projectRoot } from './paths.ts';
import { runMeasured } from './run-measured.ts';

export interface ImportRun {
  wallS: number;
  mbPerS: number;
  articlesPerS: number;
  /** Peak RSS of the importer process (the largest process; the tree figure when that is missing). */
  peakRssMb: number | null;
}

const CLI = join(projectRoot, 'src/ingest/cli.ts');

/** Imports `dumpPath` into a fresh `outDir` (emptied first) with `--date`, as a user would. */
export async function runImport(
  dumpPath: string,
  outDir: string,
  dump: { bytes: number; articles: number },
  date = '2024-09-08',
): Promise<ImportRun> {
  rmSync(outDir, { recursive: true, force: true });
  const run = await runMeasured(process.execPath, [CLI, dumpPath, '--out', outDir, '--date', date], { cwd: projectRoot, env: benchEnv() });
  if (run.code !== 0) throw new Error(`import failed (exit ${run.code}):\n${run.stderr.slice(-2000)}`);
  return {
    wallS: run.wallS,
    mbPerS: dump.bytes / 1048576 / run.wallS,
    articlesPerS: dump.articles / run.wallS,
    peakRssMb: run.maxProcessRssMb ?? run.treeRssMb,
  };
}
