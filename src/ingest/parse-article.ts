import { splitCaption, type SplitCaption } from '../lib/captions.ts';

/** One article as found in a dump, scrape artifacts removed. */
export interface ParsedArticle {
  title: string;
  images: SplitCaption[];
  dateline: string | null;
  byline: string | null;
  paragraphs: string[];
}

/** The text-size button the news site prints between its photo and its headline. */
const PAGE_WIDGET = /^(?:TT|tt|T T|A A|AA)$/;

/** How many header lines may stand between the headline and its repetition (photos × 2 + widget). */
const MAX_HEADER_LINES = 41;

/** A line as a reader compares it: case, spacing and non-breaking spaces aside. */
function normalize(line: string): string {
  return line.replace(/\s+/gu, ' ').trim().toLowerCase();
}

/** The normalised form of line `index`, computed once per line and only when asked for. */
type LineKey = (index: number) => string;

function lineKeys(lines: readonly string[]): LineKey {
  const keys: (string | undefined)[] = [];
  return (index) => (keys[index] ??= normalize(lines[index] ?? ''));
}

/**
 * Parses one article block of a dump (see docs: headline, doubled captions, `TT`,
 * headline again, captions again, optional dateline line, body). A block with none of
 * those markers is read as a headline followed by its body. Returns null for a block
 * that holds no text.
 */
export function parseArticle(block: string): ParsedArticle | null {
  const lines = block.split(/\r?\n|\r/u).map((line) => line.trim());
  const content = lines.filter((line) => line !== '');
  const title = content[0];
  if (title === undefined) return null;

  const { captions, bodyStart } = readHeader(content, lineKeys(content));
  const body = content.slice(bodyStart);
  const dateline = body.length > 1 ? parseDatelineLine(body[0] ?? '') : null;
  const paragraphs = dateline ? body.slice(1) : body;

  return {
    title,
    images: captions.map(splitCaption),
    dateline: dateline?.place ?? null,
    byline: dateline?.byline ?? null,
    paragraphs,
  };
}

/**
 * Finds the photo captions and where the body starts, in the non-blank lines of an article.
 * The header is everything up to the repeated headline, when it repeats soon after
 * nothing but captions and the page widget; then the captions are printed again.
 */
function readHeader(content: readonly string[], key: LineKey): { captions: string[]; bodyStart: number } {
  const repeat = findRepeatedHeadline(content, key);
  if (repeat > 0) {
    const captions = dedupeAdjacent(headerLines(content, 1, repeat), key);
    const captionKeys = new Set(captions.map(key));
    let index = repeat + 1;
    // The captions printed again after the headline (each twice) are not body text.
    while (index < content.length - 1 && captionKeys.has(key(index))) index += 1;
    if (captions.length > 0) return { captions: captions.map((line) => content[line] ?? ''), bodyStart: index };
    const pairs = readCaptionPairs(content, index, key);
    return { captions: pairs.captions, bodyStart: pairs.next };
  }
  // No repeated headline: captions, if any, are doubled lines right after it.
  let index = 1;
  while (index < content.length && PAGE_WIDGET.test(content[index] ?? '')) index += 1;
  const pairs = readCaptionPairs(content, index, key);
  let next = pairs.next;
  while (next < content.length && PAGE_WIDGET.test(content[next] ?? '')) next += 1;
  if (next < content.length && key(next) === key(0)) next += 1;
  return { captions: pairs.captions, bodyStart: next };
}

/** Indexes of the lines from `start` up to `end` (excluded) that are not the page widget. */
function headerLines(content: readonly string[], start: number, end: number): number[] {
  const indexes: number[] = [];
  for (let index = start; index < end; index += 1) if (!PAGE_WIDGET.test(content[index] ?? '')) indexes.push(index);
  return indexes;
}

/**
 * Index of the headline's repetition when only captions and the widget come before it; else
 * -1. With the widget line there, the header is trusted even if a photo's alt text and caption
 * differ; without it, every header line must stand next to its twin.
 */
function findRepeatedHeadline(content: readonly string[], key: LineKey): number {
  const limit = Math.min(content.length - 1, MAX_HEADER_LINES);
  for (let index = 1; index <= limit; index += 1) {
    if (key(index) !== key(0)) continue;
    const hasWidget = content.slice(1, index).some((line) => PAGE_WIDGET.test(line));
    return hasWidget || isDoubledList(headerLines(content, 1, index), key) ? index : -1;
  }
  return -1;
}

/** True when every line stands next to its twin (captions printed as alt text and caption). */
function isDoubledList(lines: readonly number[], key: LineKey): boolean {
  const twin = (position: number, line: string) => position >= 0 && position < lines.length && key(lines[position] ?? 0) === line;
  return lines.every((index, position) => twin(position - 1, key(index)) || twin(position + 1, key(index)));
}

/** Reads lines printed twice in a row, from `start`; each pair is one caption. */
function readCaptionPairs(content: readonly string[], start: number, key: LineKey): { captions: string[]; next: number } {
  const captions: string[] = [];
  let index = start;
  // Stop while at least one line is left after the pair: an article has a body.
  while (index + 2 < content.length && key(index) === key(index + 1)) {
    captions.push(content[index] ?? '');
    index += 2;
  }
  return { captions, next: index };
}

/** Drops a line equal to the one before it (each caption is printed twice). */
function dedupeAdjacent(lines: readonly number[], key: LineKey): number[] {
  return lines.filter((line, position) => position === 0 || key(line) !== key(lines[position - 1] ?? 0));
}

const DATELINE_SEPARATOR = /^(.{2,40}?)(?:\s+[-–—]\s+|\s*:\s+)(.{2,60})$/u;
const SENTENCE_END = /[.!?…"”»]$/u;

/**
 * Reads a `Place - Name` or `Place: Name` line (e.g. `Beirut - Asharq Al-Awsat`,
 * `Cairo: Asharq Al-Awsat`, `بيروت: «الشرق الأوسط»`): the dateline place and the byline.
 * Returns null for anything that reads like a sentence.
 */
export function parseDatelineLine(line: string): { place: string; byline: string } | null {
  const text = line.trim();
  if (text.length > 90) return null;
  const match = DATELINE_SEPARATOR.exec(text);
  if (!match?.[1] || !match[2]) return null;
  const place = match[1].trim();
  const byline = match[2].trim().replace(/^[«"“]|[»"”]$/gu, '').trim();
  if (SENTENCE_END.test(place) || (SENTENCE_END.test(match[2]) && !/[»”"]$/u.test(match[2]))) return null;
  if (!looksLikeName(place, 4) || !looksLikeName(byline, 6)) return null;
  return { place, byline };
}

/** A short run of capitalised (or Arabic) words, as names of places and people are. */
function looksLikeName(text: string, maxWords: number): boolean {
  const words = text.split(/\s+/u);
  if (words.length > maxWords) return false;
  const particles = /^(?:al|el|de|du|of|the|and|bin|ibn|van|von|da|la|le)$/iu;
  return words.every((word) => /^[\p{Lu}\p{Script=Arabic}«"“]/u.test(word) || particles.test(word));
}
