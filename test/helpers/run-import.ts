import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
const cli = join(projectRoot, 'src/ingest/cli.ts');

/** Runs the importer as a user would, with the Node that runs the tests. */
export function runImport(args: string[]) {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd: projectRoot, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

export function scratchDir(prefix = 'news-import-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Files in a folder, sorted; temporary files included, so a test sees leftovers. */
export function filesIn(dir: string): string[] {
  try {
    return readdirSync(dir).sort();
  } catch {
    return [];
  }
}

export const fixture = (name: string) => join(projectRoot, 'test/fixtures/dumps', name);
export const sampleDump = join(projectRoot, 'content/dumps/news-dump-sample.txt');
