import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { shortHash, slugifyText } from '../lib/slugs.ts';
import { parseArticleFile } from './article-file.ts';
import { toJson, type ArticleJson } from './article-record.ts';
import { DumpError } from './dump-error.ts';
import { createFormatter } from './formatter.ts';
import type { WriteOutcome, WritePlan } from './plan-write.ts';
import { readArticles } from './read-articles.ts';
import { checkDumpText, InvalidEncodingError, openDump, type Dump } from './read-dump.ts';

export interface ImportOptions {
  outDir: string;
  /** Publication date for every article, YYYY-MM-DD. */
  date?: string;
  force: boolean;
  /** Decide everything, write nothing. */
  dryRun: boolean;
  /** Called with each article's `--json` record instead of writing it. */
  onJson?: (record: ArticleJson) => void;
  onProgress?: (bytesRead: number, bytesTotal: number, pass: 'checking' | 'importing') => void;
  onWarning?: (message: string) => void;
}

/** What happened to one article. */
export interface ArticleResult {
  slug: string;
  path: string;
  outcome: WriteOutcome;
  reason?: string;
}

/** Slugs taken during this run, shared across the dumps of one command. */
export type ClaimedSlugs = Set<string>;

/** Articles being formatted ahead of the one being written, so workers never wait. */
const IMPORT_AHEAD = 256;

/**
 * Imports one dump. Its text is read twice: first to check that it decodes, so a bad dump
 * writes nothing; then to import the articles in order. Slugs are claimed and files written
 * in dump order on this thread; formatting runs on worker threads for large dumps. (Writes
 * from several threads at once made ext4 spend more time in the kernel than they saved.)
 */
export async function importDump(path: string, options: ImportOptions, claimed: ClaimedSlugs): Promise<ArticleResult[]> {
  const dump = await openDumpAndCheck(path, options);
  const present = await filesIn(options.outDir);
  // The output folder is made with the first file, so a dump with no article leaves no trace.
  let outDirMade = false;
  const results: ArticleResult[] = [];
  const formatter = createFormatter(options.onJson ? 0 : dump.bytes);
  const queue: { slug: string; path: string; plan: Promise<WritePlan> }[] = [];
  const settleOldest = async () => {
    const next = queue.shift();
    if (!next) return;
    const { outcome, reason, text } = await next.plan.catch((error: Error) => {
      throw new DumpError(dump.path, error.message);
    });
    if (text !== undefined && !options.dryRun) {
      if (!outDirMade) mkdirSync(options.outDir, { recursive: true });
      outDirMade = true;
      writeAtomically(next.path, text);
    }
    results.push({ slug: next.slug, path: next.path, outcome, reason });
  };
  const onStrayLine = (line: string) =>
    options.onWarning?.(`${dump.path}: a line with no article around it was left out: "${preview(line)}"`);
  let count = 0;
  try {
    for await (const item of readArticles(dump, onStrayLine)) {
      count += 1;
      options.onProgress?.(item.bytesRead, dump.bytes, 'importing');
      const { slug, existing } = claimSlug(item.article.title, dump.name, options.outDir, claimed, present);
      const context = { slug, sourceFile: dump.name, position: item.position, date: options.date };
      if (options.onJson) {
        options.onJson(toJson(item.article, context));
        continue;
      }
      const path = join(options.outDir, `${slug}.md`);
      const plan = formatter.format({ article: item.article, context, existing, force: options.force });
      queue.push({ slug, path, plan });
      if (queue.length >= IMPORT_AHEAD) {
        // Settle half the queue at once, so that workers keep receiving whole batches.
        formatter.flush();
        while (queue.length > IMPORT_AHEAD / 2) await settleOldest();
      }
    }
    formatter.flush();
    while (queue.length > 0) await settleOldest();
  } finally {
    formatter.flush();
    await Promise.allSettled(queue.map((item) => item.plan));
    await formatter.close();
  }
  if (count === 0) throw new DumpError(dump.path, 'no article found (an article is a headline line followed by body text)');
  return results;
}

/** Opens the dump and reads its text through once, falling back from UTF-8 to Windows-1252. */
async function openDumpAndCheck(path: string, options: ImportOptions): Promise<Dump> {
  const dump = await openDump(path);
  const onProgress = (bytesRead: number) => options.onProgress?.(bytesRead, dump.bytes, 'checking');
  try {
    await checkDumpText(dump, onProgress);
  } catch (error) {
    if (!(error instanceof InvalidEncodingError) || dump.encoding !== 'utf-8') throw error;
    dump.encoding = 'windows-1252';
    await checkDumpText(dump, onProgress);
    options.onWarning?.(`${path}: not UTF-8; read as Windows-1252`);
  }
  return dump;
}

/**
 * Names in the output folder when the dump's import starts, lowercased (a case-insensitive
 * file system matches `Foo.md` too): only those are read back, so a fresh import reads none.
 */
async function filesIn(dir: string): Promise<Set<string>> {
  const names = await readdir(dir).catch(() => []);
  return new Set(names.map((name) => name.toLowerCase()));
}

/**
 * Picks the article's file name: its title's slug, or the slug with `-2`, `-3`, … when a
 * file of that name belongs to another article: one claimed earlier in this run, or one
 * imported from another dump or written by hand. Stable across re-imports of the same dump.
 * Reads synchronously: a thread-pool round trip per small file costs more than the read.
 */
function claimSlug(
  title: string,
  sourceFile: string,
  outDir: string,
  claimed: ClaimedSlugs,
  present: ReadonlySet<string>,
): { slug: string; existing: string | null } {
  const base = slugifyText(title) || `article-${shortHash(title)}`;
  for (let counter = 1; ; counter += 1) {
    const slug = counter === 1 ? base : `${base}-${counter}`;
    if (claimed.has(slug)) continue;
    const existing = present.has(`${slug}.md`) ? readOrNull(join(outDir, `${slug}.md`)) : null;
    if (existing === null || importedFrom(existing) === sourceFile) {
      claimed.add(slug);
      return { slug, existing };
    }
  }
}

function readOrNull(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}

/** The dump an article file was imported from, or null for a file written by hand. */
function importedFrom(fileText: string): string | null {
  const source = parseArticleFile(fileText)?.frontMatter.get('source');
  const file = source && typeof source === 'object' && 'get' in source ? (source as { get(key: string): unknown }).get('file') : null;
  return typeof file === 'string' ? file : null;
}

/**
 * Writes to a temporary file beside the target, then renames it over: never a half-written
 * article. Synchronous: the thread-pool round trips of async writes cost more than the writes.
 */
function writeAtomically(path: string, text: string): void {
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, text, 'utf8');
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

function preview(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
