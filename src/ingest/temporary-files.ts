import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The importer writes each article to `<slug>.md.<pid>.tmp` and renames it over `<slug>.md`.
 * An import killed between the two (kill -9, a power cut) leaves the temporary file behind;
 * the next import into the folder removes those whose process is gone. Another import running
 * into the same folder at the same time keeps its own: its process is alive.
 */
export function temporaryName(path: string, pid: number = process.pid): string {
  return `${path}.${pid}.tmp`;
}

/** The process id in a temporary file's name, or null for any other name. */
export function temporaryFilePid(name: string): number | null {
  if (!name.endsWith('.tmp')) return null;
  const stem = name.slice(0, -'.tmp'.length);
  const dot = stem.lastIndexOf('.');
  const article = stem.slice(0, Math.max(dot, 0));
  const pid = stem.slice(dot + 1);
  const isArticle = article.endsWith('.md') && article.length > '.md'.length;
  return dot > 0 && isArticle && /^\d{1,10}$/.test(pid) ? Number(pid) : null;
}

/** True when a process with this id is running (one of another user's counts too). */
export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes the temporary files in `dir` left by imports that are no longer running, and
 * returns their names, sorted. A file of this process's id is from an earlier process that
 * had the same id: this one writes and renames synchronously, so none of its own is open.
 */
export function removeStaleTemporaryFiles(dir: string, isAlive: (pid: number) => boolean = isProcessAlive): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const stale = names.filter((name) => {
    const pid = temporaryFilePid(name);
    return pid !== null && (pid === process.pid || !isAlive(pid));
  });
  for (const name of stale) rmSync(join(dir, name), { force: true });
  return stale.sort();
}
