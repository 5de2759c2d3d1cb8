/** A one-line description of the machine and tool versions, for result tables. */
import { readFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from './paths.ts';

function packageVersion(name: string): string {
  try {
    return (JSON.parse(readFileSync(join(projectRoot, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return '?';
  }
}

export function describeMachine(): string {
  const cpu = cpus();
  const model = cpu[0]?.model.replace(/\s+/g, ' ').trim() ?? 'unknown CPU';
  const memory = (totalmem() / 1024 ** 3).toFixed(0);
  return `${cpu.length} × ${model}, ${memory} GB RAM, ${process.platform}; Node ${process.versions.node}, Astro ${packageVersion('astro')}, Pagefind ${packageVersion('pagefind')}`;
}
