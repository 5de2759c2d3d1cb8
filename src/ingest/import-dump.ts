import { readFileSync } from 'node:fs';
import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { shortHash, slugifyText } from '../lib/slugs.ts';
import { parseArticleFile } from './article-file.ts';
import { toJson, type ArticleJson } from './article-record.ts';
import { DumpError } from './dump-error.ts';
import { createFormatter } from './formatter.ts';
import type { WriteOutcome, WritePlan } from './plan-write.ts';
import { readArticles } from './read-articles.ts';
import { InvalidEncodingError, openDump, type Dump } from './read-dump.ts';

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
const FORMAT_AHEAD = 64;

/**
 * Imports one dump. It is read twice: first to check that it decodes and holds articles,
 * so a bad dump writes nothing; then to write the articles in order. Slugs are claimed in
 * dump order on this thread; formatting runs on worker threads for large dumps; each file
 * is written in the background while the next articles are parsed.
 */
export async function importDump(path: string, options: ImportOptions, claimed: ClaimedSlugs): Promise<ArticleResult[]> {
  const dump = await openDumpAndCheck(path, options);
  if (!options.dryRun && !options.onJson) await mkdir(options.outDir, { recursive: true });
  const present = await filesIn(options.outDir);
  const results: ArticleResult[] = [];
  const formatter = createFormatter(options.onJson ? 0 : dump.bytes);
  const writer = createWriter();
  const queue: { slug: string; path: string; plan: Promise<WritePlan> }[] = [];
  const writeOldest = async () => {
    const next = queue.shift();
    if (!next) return;
    const plan = await next.plan.catch((error: Error) => {
      throw new DumpError(dump.path, error.message);
    });
    if (plan.text !== undefined && !options.dryRun) await writer.write(next.path, plan.text);
    results.push({ slug: next.slug, path: next.path, outcome: plan.outcome, reason: plan.reason });
  };
  try {
    for await (const item of readArticles(dump)) {
      options.onProgress?.(item.bytesRead, dump.bytes, 'importing');
      const { slug, existing } = claimSlug(item.article.title, dump.name, options.outDir, claimed, present);
      const context = { slug, sourceFile: dump.name, position: item.position, date: options.date };
      if (options.onJson) {
        options.onJson(toJson(item.article, context));
        continue;
      }
      const plan = formatter.format({ article: item.article, context, existing, force: options.force });
      queue.push({ slug, path: join(options.outDir, `${slug}.md`), plan });
      if (queue.length >= FORMAT_AHEAD) await writeOldest();
    }
    while (queue.length > 0) await writeOldest();
    await writer.finish();
  } finally {
    await Promise.allSettled(queue.map((item) => item.plan));
    await formatter.close();
    await writer.settled();
  }
  return results;
}

/**
 * Writes files atomically in the background, at most `limit` at a time, so that the disk
 * works while the CPU parses. `write` waits only while `limit` writes are in flight; the
 * first failed write is thrown by the next `write` or by `finish`.
 */
function createWriter(limit = 16) {
  const inFlight = new Set<Promise<void>>();
  let failure: { error: unknown } | undefined;
  const check = () => {
    if (failure) throw failure.error;
  };
  return {
    async write(path: string, text: string): Promise<void> {
      check();
      const task: Promise<void> = writeAtomically(path, text)
        .catch((error: unknown) => {
          failure ??= { error };
        })
        .finally(() => inFlight.delete(task));
      inFlight.add(task);
      if (inFlight.size >= limit) await Promise.race(inFlight);
      check();
    },
    async finish(): Promise<void> {
      await Promise.all(inFlight);
      check();
    },
    /** Waits for the writes in flight without throwing (after another error). */
    async settled(): Promise<void> {
      await Promise.all(inFlight);
    },
  };
}

/** Opens the dump and reads it through once, falling back from UTF-8 to Windows-1252. */
async function openDumpAndCheck(path: string, options: ImportOptions): Promise<Dump> {
  const dump = await openDump(path);
  try {
    await checkArticles(dump, options);
  } catch (error) {
    if (!(error instanceof InvalidEncodingError) || dump.encoding !== 'utf-8') throw error;
    dump.encoding = 'windows-1252';
    await checkArticles(dump, options);
    options.onWarning?.(`${path}: not UTF-8; read as Windows-1252`);
  }
  return dump;
}

/** Reads the dump through, so that a dump that does not decode or holds no article writes nothing. */
async function checkArticles(dump: Dump, options: ImportOptions): Promise<void> {
  let count = 0;
  const onStrayLine = (line: string) =>
    options.onWarning?.(`${dump.path}: a line with no article around it was left out: "${preview(line)}"`);
  for await (const item of readArticles(dump, onStrayLine)) {
    count += 1;
    options.onProgress?.(item.bytesRead, dump.bytes, 'checking');
  }
  if (count === 0) throw new DumpError(dump.path, 'no article found (an article is a headline line followed by body text)');
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

/** Writes to a temporary file beside the target, then renames it over: never a half-written article. */
async function writeAtomically(path: string, text: string): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    await writeFile(temporary, text, 'utf8');
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

function preview(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
