import { mkdirSync, readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { shortHash, slugifyText } from '../lib/slugs.ts';
import { parseArticleFile } from './article-file.ts';
import { cleanArticle } from './clean-article.ts';
import { toJson, type ArticleJson } from './article-record.ts';
import { DumpError } from './dump-error.ts';
import { createFormatter, isDone, type FormatJob, type Formatter } from './formatter.ts';
import type { WriteOutcome, WritePlan } from './plan-write.ts';
import type { ParsedArticle } from './parse-article.ts';
import { readArticles } from './read-articles.ts';
import { checkDumpText, InvalidEncodingError, openDump, type Dump } from './read-dump.ts';
import { removeStaleTemporaryFiles, temporaryName } from './temporary-files.ts';
import { writeFileAtomically } from '../lib/write-file-atomically.ts';

export interface ImportOptions {
  outDir: string;
  /** Publication date for every article, YYYY-MM-DD. */
  date?: string;
  force: boolean;
  /** Decide everything, write nothing. */
  dryRun: boolean;
  /** Called with each article's `--json` record instead of writing it. */
  onJson?: (record: ArticleJson) => void;
  /** Called with each article as parsed, with its position in the dump and its file's path. */
  onArticle?: (article: ParsedArticle, position: number, path: string) => void;
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

/**
 * Imports one dump. Its text is read twice: first to check that it decodes, so a bad dump
 * writes nothing; then to import the articles in order. Slugs are claimed and files written
 * in dump order on this thread; formatting runs on worker threads for large dumps, and here
 * while they are busy. (Writes from several threads at once made ext4 spend more time in the
 * kernel than they saved.)
 */
export async function importDump(path: string, options: ImportOptions, claimed: ClaimedSlugs): Promise<ArticleResult[]> {
  const dump = await openDump(path);
  // Workers start before the check, so that they load their modules while it runs.
  const formatter = createFormatter(options.onJson ? 0 : dump.bytes);
  try {
    await checkEncoding(dump, options);
    return await importArticles(dump, formatter, options, claimed);
  } finally {
    await formatter.close();
  }
}

type QueuedArticle = { slug: string; path: string; job: FormatJob };

async function importArticles(dump: Dump, formatter: Formatter, options: ImportOptions, claimed: ClaimedSlugs): Promise<ArticleResult[]> {
  if (!options.dryRun && !options.onJson) reportRemoved(options, removeStaleTemporaryFiles(options.outDir));
  const present = await filesIn(options.outDir);
  // The output folder is made with the first file, so a dump with no article leaves no trace.
  let outDirMade = false;
  const results: ArticleResult[] = [];
  const queue: QueuedArticle[] = [];
  const write = ({ slug, path, job }: QueuedArticle) => {
    if (job.error) throw new DumpError(dump.path, job.error.message);
    const { outcome, reason, text } = job.plan as WritePlan;
    if (text !== undefined && !options.dryRun) {
      if (!outDirMade) mkdirSync(options.outDir, { recursive: true });
      outDirMade = true;
      writeFileAtomically(path, text, temporaryName(path));
    }
    results.push({ slug, path, outcome, reason });
  };
  const writeFinished = () => {
    formatter.collect();
    while (queue[0] && isDone(queue[0].job)) write(queue.shift()!);
  };
  const onStrayLine = (line: string) =>
    options.onWarning?.(`${dump.path}: a line with no article around it was left out: "${preview(line)}"`);
  let count = 0;
  for await (const item of readArticles(dump, onStrayLine)) {
    count += 1;
    options.onProgress?.(item.bytesRead, dump.bytes, 'importing');
    const { article, problems } = cleanArticle(item.article);
    for (const problem of problems) options.onWarning?.(`${dump.path}: article ${item.position} ("${preview(article.title)}"): ${problem}`);
    const { slug, existing } = claimSlug(article.title, dump.name, options.outDir, claimed, present);
    const context = { slug, sourceFile: dump.name, position: item.position, date: options.date };
    const path = join(options.outDir, `${slug}.md`);
    options.onArticle?.(article, item.position, path);
    if (options.onJson) {
      options.onJson(toJson(article, context));
      continue;
    }
    queue.push({ slug, path, job: formatter.submit({ article, context, existing, force: options.force }) });
    writeFinished();
    if (queue.length >= formatter.lookAhead) await formatter.finish(queue[0]!.job);
  }
  for (;;) {
    writeFinished();
    if (queue.length === 0) break;
    await formatter.finish(queue[0]!.job);
  }
  if (count === 0) throw new DumpError(dump.path, 'no article found (an article is a headline line followed by body text)');
  return results;
}

/** Reads the dump's text through once, falling back from UTF-8 to Windows-1252. */
async function checkEncoding(dump: Dump, options: ImportOptions): Promise<void> {
  const onProgress = (bytesRead: number) => options.onProgress?.(bytesRead, dump.bytes, 'checking');
  try {
    await checkDumpText(dump, onProgress);
  } catch (error) {
    if (!(error instanceof InvalidEncodingError) || dump.encoding !== 'utf-8') throw error;
    dump.encoding = 'windows-1252';
    await checkDumpText(dump, onProgress);
    options.onWarning?.(`${dump.path}: not UTF-8; read as Windows-1252`);
  }
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

function reportRemoved(options: ImportOptions, names: string[]): void {
  if (names.length === 0) return;
  options.onWarning?.(`${options.outDir}: removed ${names.length} temporary file${names.length === 1 ? '' : 's'} left by an interrupted import: ${names.join(', ')}`);
}

function preview(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
