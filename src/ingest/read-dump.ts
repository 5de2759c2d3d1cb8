import { open, stat } from 'node:fs/promises';
import { relative, sep } from 'node:path';
import { DumpError } from './dump-error.ts';
import { looksLikeText, looksLikeWindows1252, sniffEncoding, type DumpEncoding } from './decode.ts';

/** Largest dump the importer reads. */
export const MAX_DUMP_BYTES = 200 * 1024 * 1024;

const CHUNK_BYTES = 1024 * 1024;

/** Two or more blank lines (after line ends are made `\n`): the separator between articles. */
const ARTICLE_SEPARATOR = /\n(?:[^\S\n]*\n){2,}/gu;

/**
 * How articles name the dump they came from: its path from the project folder (where npm
 * runs the importer), so two `dump.txt` files in different folders are different sources.
 */
export function sourceName(path: string, root: string = process.cwd()): string {
  return relative(root, path).split(sep).join('/');
}

/** An opened dump: its size and the encoding its bytes decode with. */
export interface Dump {
  path: string;
  /** The dump's name in `source.file` (see sourceName). */
  name: string;
  bytes: number;
  encoding: DumpEncoding;
}

/** Checks that `path` is a readable, non-empty text file under the size limit and picks its encoding. */
export async function openDump(path: string): Promise<Dump> {
  const info = await stat(path).catch((error: NodeJS.ErrnoException) => {
    throw new DumpError(path, error.code === 'ENOENT' ? 'no such file' : `cannot read it (${error.code ?? error.message})`);
  });
  if (info.isDirectory()) throw new DumpError(path, 'is a directory, not a dump file');
  if (info.size === 0) throw new DumpError(path, 'is empty');
  if (info.size > MAX_DUMP_BYTES) {
    throw new DumpError(path, `is ${(info.size / 1048576).toFixed(0)} MB; the limit is ${MAX_DUMP_BYTES / 1048576} MB (split the dump)`);
  }
  const handle = await open(path, 'r');
  try {
    const head = new Uint8Array(Math.min(info.size, 64 * 1024));
    await handle.read(head, 0, head.length, 0);
    const sniffed = await sniffEncoding(head);
    if (typeof sniffed !== 'string') throw new DumpError(path, sniffed.notText);
    return { path, name: sourceName(path), bytes: info.size, encoding: sniffed };
  } finally {
    await handle.close();
  }
}

/** A block of text between article separators. */
export interface ArticleBlock {
  text: string;
  /** Bytes of the dump read so far, for progress reports. */
  bytesRead: number;
}

/** Decoded text of a dump, a chunk at a time, line ends made `\n`. */
interface TextChunk {
  text: string;
  bytesRead: number;
  done: boolean;
}

/**
 * Reads a dump chunk by chunk, so memory holds one chunk whatever the dump's size. Throws
 * a DumpError when the bytes do not decode as `dump.encoding` or do not read as text.
 */
async function* readTextChunks(dump: Dump): AsyncGenerator<TextChunk> {
  const decoder = new TextDecoder(dump.encoding, { fatal: dump.encoding !== 'windows-1252', ignoreBOM: false });
  const handle = await open(dump.path, 'r');
  const buffer = new Uint8Array(CHUNK_BYTES);
  let bytesRead = 0;
  let heldReturn = '';
  try {
    for (;;) {
      const { bytesRead: count } = await handle.read(buffer, 0, CHUNK_BYTES, null);
      bytesRead += count;
      const done = count === 0;
      let text = heldReturn + decodeChunk(decoder, buffer.subarray(0, count), done, dump);
      // A chunk may end between the \r and \n of a CRLF: hold the \r for the next one.
      heldReturn = !done && text.endsWith('\r') ? '\r' : '';
      if (heldReturn) text = text.slice(0, -1);
      text = text.replace(/\r\n?/gu, '\n');
      if (!looksLikeText(text.slice(0, 65536))) {
        throw new DumpError(dump.path, 'does not read as text (it is full of control characters); is it a binary file?');
      }
      yield { text, bytesRead, done };
      if (done) return;
    }
  } finally {
    await handle.close();
  }
}

/**
 * Reads the whole dump without splitting it, so that a dump that does not decode (or is
 * binary past its head) is refused before any article is written.
 */
export async function checkDumpText(dump: Dump, onProgress?: (bytesRead: number) => void): Promise<void> {
  for await (const chunk of readTextChunks(dump)) onProgress?.(chunk.bytesRead);
}

/** Yields a dump's non-blank article blocks, in order. */
export async function* readArticleBlocks(dump: Dump): AsyncGenerator<ArticleBlock> {
  let pending = '';
  for await (const { text, bytesRead, done } of readTextChunks(dump)) {
    pending += text;
    let cut = 0;
    if (done) cut = pending.length;
    else for (const match of pending.matchAll(ARTICLE_SEPARATOR)) cut = match.index + match[0].length;
    for (const block of pending.slice(0, cut).split(ARTICLE_SEPARATOR)) {
      if (block.trim() === '') continue;
      yield { text: block, bytesRead };
    }
    pending = pending.slice(cut);
  }
}

function decodeChunk(decoder: TextDecoder, bytes: Uint8Array, done: boolean, dump: Dump): string {
  try {
    const text = decoder.decode(bytes, { stream: !done });
    if (dump.encoding === 'windows-1252' && !looksLikeWindows1252(text)) {
      throw new DumpError(
        dump.path,
        'is not UTF-8, and decoded as Windows-1252 it reads as mojibake (another legacy code page such as Windows-1256?); save it as UTF-8',
      );
    }
    return text;
  } catch (error) {
    if (error instanceof DumpError) throw error;
    throw new InvalidEncodingError(dump.path, dump.encoding);
  }
}

/** Bytes that are not valid in the encoding being tried; the importer then tries Windows-1252. */
export class InvalidEncodingError extends DumpError {
  constructor(file: string, encoding: DumpEncoding) {
    super(file, `is not valid ${encoding.toUpperCase()} text`);
    this.name = 'InvalidEncodingError';
  }
}
