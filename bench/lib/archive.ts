/** The benchmark archive: a generated dump, imported with the real importer, then dated. */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeDump, type DumpSummary } from '../generate-dump.ts';
import { runImport, type ImportRun } from './import.ts';

export interface Archive {
  articlesDir: string;
  dump: DumpSummary;
  imports: ImportRun[];
}

/** Articles published per day when the archive is dated. */
const ARTICLES_PER_DAY = 25;
/** The newest article's date. */
const LAST_DAY = Date.UTC(2024, 10, 30);

/**
 * Generates `articles` articles into `workDir/dump.txt` and imports them `runs` times into
 * `workDir/articles` (emptied each time), keeping the last import; then dates them.
 */
export async function prepareArchive(workDir: string, articles: number, runs: number, seed?: number): Promise<Archive> {
  const dumpPath = join(workDir, 'dump.txt');
  const dump = await writeDump(dumpPath, { articles, seed });
  const articlesDir = join(workDir, 'articles');
  const imports: ImportRun[] = [];
  for (let run = 0; run < runs; run += 1) imports.push(await runImport(dumpPath, articlesDir, dump));
  spreadDates(articlesDir, dump.articles);
  return { articlesDir, dump, imports };
}

/**
 * The importer gives every article of a dump the one `--date`; an archive spans months.
 * Rewrites each file's `date:` line from its position in the dump: oldest first,
 * ARTICLES_PER_DAY a day, the last on LAST_DAY. `date` is an editor's field, outside the
 * import digest, so the files stay "unchanged" for the importer.
 */
export function spreadDates(articlesDir: string, total: number): void {
  const days = Math.ceil(total / ARTICLES_PER_DAY);
  for (const name of readdirSync(articlesDir)) {
    if (!name.endsWith('.md')) continue;
    const path = join(articlesDir, name);
    const text = readFileSync(path, 'utf8');
    const position = Number(/\n {2}position: (\d+)\n/.exec(text)?.[1] ?? 1);
    const day = Math.floor((position - 1) / ARTICLES_PER_DAY) - (days - 1);
    const date = new Date(LAST_DAY + day * 86_400_000).toISOString().slice(0, 10);
    writeFileSync(path, text.replace(/^date: .*$/m, `date: ${date}`));
  }
}

/** Appends a paragraph to one article's body: the "editor changed one article" rebuild. */
export function editOneArticle(articlesDir: string, run: number): string {
  const names = readdirSync(articlesDir).filter((name) => name.endsWith('.md')).sort();
  const name = names[Math.floor(names.length / 2)] as string;
  const path = join(articlesDir, name);
  writeFileSync(path, `${readFileSync(path, 'utf8').trimEnd()}\n\nEditor’s note: this article was updated (benchmark run ${run}).\n`);
  return name;
}
