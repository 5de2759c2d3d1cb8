import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { threadId } from 'node:worker_threads';

/**
 * Writes `text` to a temporary file beside `path`, then renames it over `path`: a reader, or a
 * process stopped halfway, never sees half a file. The default temporary name is the process's
 * and thread's own, so two threads may write the same file at once; the importer passes its
 * own (src/ingest/temporary-files.ts), which a later import recognizes and cleans up.
 * Synchronous: the thread-pool round trips of async writes cost more than the writes.
 */
export function writeFileAtomically(path: string, text: string, temporary = `${path}.${process.pid}-${threadId}.tmp`): void {
  try {
    writeFileSync(temporary, text, 'utf8');
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}
