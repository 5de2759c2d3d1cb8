/** Where the benchmarks work, and the environment they run tools in. */
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

/** Scratch space inside the project (Astro ignores content caches outside it); gitignored. */
export const benchCacheRoot = join(projectRoot, 'node_modules/.cache/news-bench');

/** The environment a user's shell would have, without test-runner variables, telemetry off. */
export function benchEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    if (/^(VITEST.*|TEST|MODE|DEV|PROD|SSR|BASE_URL|NODE_ENV|NODE_OPTIONS|NEWS_.*)$/.test(key)) delete env[key];
  }
  return { ...env, NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1', ...extra };
}
