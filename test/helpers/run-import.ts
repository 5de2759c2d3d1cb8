import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
const cli = join(projectRoot, 'src/ingest/cli.ts');

/** The environment a user's shell would have: without what Vitest adds (DEV=1, MODE=test, …). */
export function userEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    if (/^(VITEST.*|TEST|MODE|DEV|PROD|SSR|BASE_URL|NODE_ENV)$/.test(key)) delete env[key];
  }
  return { ...env, NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1', ...extra };
}

/** Runs the importer as a user would, with the Node that runs the tests. */
export function runImport(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd: projectRoot, encoding: 'utf8', env: userEnv(env) });
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
