import { fileTypeFromBuffer } from 'file-type';

/** Text encodings a dump may be in. */
export type DumpEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/**
 * Decides from a file's first bytes whether it is text and which encoding to try first.
 * Returns a reason string for a file that is not text.
 */
export async function sniffEncoding(head: Uint8Array): Promise<DumpEncoding | { notText: string }> {
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  const type = await fileTypeFromBuffer(head);
  if (type) return { notText: `is a ${type.ext.toUpperCase()} file (${type.mime}), not a text dump` };
  if (head.subarray(0, 8192).includes(0)) return { notText: 'is a binary file (it holds NUL bytes), not a text dump' };
  return 'utf-8';
}

/** C0 controls other than tab, line feed and carriage return, and C1 controls. */
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/gu;

/**
 * Checks that decoded text reads as text: a few stray control characters are tolerated
 * (copy-paste leaves them), a stream of them means the bytes were not text.
 */
export function looksLikeText(text: string): boolean {
  const controls = text.match(CONTROL_CHARACTERS)?.length ?? 0;
  return controls <= Math.max(2, text.length / 1000);
}

const LATIN1_LETTERS = /[\u00c0-\u00ff]/gu;
const LETTERS = /\p{L}/gu;

/**
 * Text decoded as Windows-1252 that is mostly accented Latin letters was almost certainly
 * written in another legacy code page (Windows-1256 Arabic decodes to Ç, ä, ã …).
 */
export function looksLikeWindows1252(text: string): boolean {
  const letters = text.match(LETTERS)?.length ?? 0;
  const accented = text.match(LATIN1_LETTERS)?.length ?? 0;
  return letters === 0 || accented / letters < 0.3;
}
