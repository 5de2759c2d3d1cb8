import { MAX_CAPTION_CHARS, readCaption, splitCaption, type SplitCaption } from './captions.ts';
import { isRepeatedByline, isTeaserCaption, isTeaserHeadline, readBody } from './article-body.ts';
import { classifyLine, GALLERY_COUNTER, TEXT_SIZE_VALUE, TEXT_SIZE_WIDGET, type LineKind, type LinePlace, type RemovedLine, type RemovedWhy } from './recognize/line-kinds.ts';

export type { RemovedLine, RemovedWhy } from './recognize/line-kinds.ts';

/** One article as found in a dump, scrape artifacts removed and reported. */
export interface ParsedArticle {
  title: string;
  images: SplitCaption[];
  dateline: string | null;
  byline: string | null;
  paragraphs: string[];
  /** Every other non-blank line of the article, in dump order, with the reason it was left out. */
  removed: RemovedLine[];
}

/**
 * What a block of a dump holds: an article; a teaser of another story (a headline and its
 * captions, no body); or only page furniture. The last two belong to the article before them.
 */
export type ParsedBlock = { kind: 'article'; article: ParsedArticle } | { kind: 'teaser' | 'furniture'; removed: RemovedLine[] };

/** How many header lines may stand between the headline and its repetition (photos × 4 + widgets). */
const MAX_HEADER_LINES = 60;

/** A line as a reader compares it: case, spacing and non-breaking spaces aside. */
function normalize(line: string): string {
  return line.replace(/\s+/gu, ' ').trim().toLowerCase();
}

function sameLetter(first: string, second: string, at: number): boolean {
  const a = first.at(at) ?? '';
  const b = second.at(at) ?? '';
  return a === b || a.toLowerCase() === b.toLowerCase();
}

/** The non-blank lines of a block, their compared forms computed once and only when asked for. */
export class BlockLines {
  readonly lines: readonly string[];
  private readonly keys: (string | undefined)[] = [];
  private readonly kinds: (LineKind | null | undefined)[] = [];
  /** splitCaption's answers by text: a caption is compared with its alt text, tested for a credit and read. */
  private readonly captions = new Map<string, SplitCaption>();
  /** Lines left out, by index. */
  readonly removed = new Map<number, RemovedWhy>();

  constructor(block: string) {
    this.lines = block
      .split(/\r?\n|\r/u)
      .map((line) => line.trim())
      .filter((line) => line !== '');
  }

  get length(): number {
    return this.lines.length;
  }

  at(index: number): string {
    return this.lines[index] ?? '';
  }

  key(index: number): string {
    return (this.keys[index] ??= normalize(this.at(index)));
  }

  same(a: number, b: number): boolean {
    if (a < 0 || b < 0 || a >= this.length || b >= this.length) return false;
    const [first, second] = [this.at(a), this.at(b)];
    if (first === second) return true;
    // Lines are trimmed: different first or last letters (case aside) differ without normalizing them.
    if (!sameLetter(first, second, 0) || !sameLetter(first, second, -1)) return false;
    return this.key(a) === this.key(b);
  }

  /**
   * What page line `index` is (the `TT` widget counts as a widget), or null when it may be
   * content; computed once per line. Between paragraphs fewer shapes count (see LinePlace).
   */
  kind(index: number, place: LinePlace = 'edge'): LineKind | null {
    let kind = this.kinds[index];
    if (kind === undefined) {
      const line = this.at(index);
      kind = this.kinds[index] = TEXT_SIZE_WIDGET.test(line) ? 'widget' : classifyLine(line);
    }
    return kind !== null && place === 'between' ? classifyLine(this.at(index), place) : kind;
  }

  /** splitCaption(text), worked out once per text of the block. */
  splitCaption(text: string): SplitCaption {
    let split = this.captions.get(text);
    if (split === undefined) this.captions.set(text, (split = splitCaption(text)));
    return split;
  }

  remove(index: number, why: RemovedWhy): void {
    if (!this.removed.has(index)) this.removed.set(index, why);
  }

  /** Reports lines `from` to `to` (excluded) as another story's teaser, whatever they were read as. */
  removeTeaser(from: number, to: number): void {
    for (let index = from; index < to; index += 1) this.removed.set(index, 'teaser');
  }

  /** The removed lines in dump order. */
  removedLines(): RemovedLine[] {
    return [...this.removed.entries()].sort(([a], [b]) => a - b).map(([index, why]) => ({ line: this.at(index), why }));
  }
}

/** What a header line is besides a caption: the `TT` widget, another widget or furniture; null for a caption. */
type HeaderMark = 'tt' | 'widget' | 'furniture' | null;

function headerMark(lines: BlockLines, index: number): HeaderMark {
  const line = lines.at(index);
  if (TEXT_SIZE_WIDGET.test(line)) return 'tt';
  if (index > 0 && TEXT_SIZE_VALUE.test(line) && TEXT_SIZE_WIDGET.test(lines.at(index - 1))) return 'widget';
  const kind = lines.kind(index);
  return kind === 'widget' || kind === 'furniture' ? kind : null;
}

/** Marks a widget or furniture line removed; true when `index` is one (or the `TT` line, which is accounted for). */
function takeMark(lines: BlockLines, index: number): boolean {
  const mark = headerMark(lines, index);
  if (mark === 'widget' || mark === 'furniture') lines.remove(index, mark);
  return mark !== null;
}

/**
 * Parses one block of a dump (see docs: headline, doubled captions, `TT`, headline again,
 * captions again, optional dateline line, body). A block with none of those markers is read as
 * a headline followed by its body. Returns null for a block that holds no text.
 */
export function parseBlock(block: string): ParsedBlock | null {
  const lines = new BlockLines(block);
  let titleIndex = 0;
  for (; titleIndex < lines.length; titleIndex += 1) {
    const kind = lines.kind(titleIndex);
    // A headline that reads like a page line (`017`, `2024-09-08`) is printed again after its photos.
    if (kind === null || isPrintedAgain(lines, titleIndex)) break;
    lines.remove(titleIndex, kind);
  }
  if (lines.length === 0) return null;
  if (titleIndex === lines.length) return { kind: 'furniture', removed: lines.removedLines() };
  if (isTeaser(lines, titleIndex)) return asTeaser(lines, titleIndex);

  const header = readHeader(lines, titleIndex);
  const body = readBody(lines, header.bodyStart, titleIndex, header.subtitles);
  const images = [...header.captions, ...body.captions].map((index) => {
    const { image, tooLong } = readCaption(lines.at(index), (text) => lines.splitCaption(text));
    if (tooLong) lines.remove(index, 'too long');
    return image;
  });
  // A headline and photos with nothing after them but page lines: another story's teaser.
  if (body.paragraphs.length === 0 && lines.length - titleIndex > 1) return asTeaser(lines, titleIndex);
  return {
    kind: 'article',
    article: {
      title: lines.at(titleIndex),
      images,
      dateline: body.dateline,
      byline: body.byline,
      paragraphs: body.paragraphs,
      removed: lines.removedLines(),
    },
  };
}

/** True when line `index` is printed again further on in the header (as a headline is after its photos). */
function isPrintedAgain(lines: BlockLines, index: number): boolean {
  const limit = Math.min(lines.length - 1, index + MAX_HEADER_LINES);
  for (let ahead = index + 2; ahead <= limit; ahead += 1) if (lines.same(ahead, index)) return true;
  return false;
}

/** The article of a block, or null for a block with no article (blank, a teaser, furniture only). */
export function parseArticle(block: string): ParsedArticle | null {
  const parsed = parseBlock(block);
  return parsed?.kind === 'article' ? parsed.article : null;
}

/** The block as a teaser: every line from the headline on that is not already reported. */
function asTeaser(lines: BlockLines, titleIndex: number): ParsedBlock {
  lines.removeTeaser(titleIndex, lines.length);
  return { kind: 'teaser', removed: lines.removedLines() };
}

/**
 * True for another story's teaser: a headline followed only by lines printed at least twice in
 * a row (its captions), widgets and furniture, and the headline again, or by one credited
 * caption printed once; no body.
 */
function isTeaser(lines: BlockLines, titleIndex: number): boolean {
  let runs = 0;
  let once = 0;
  for (let index = titleIndex + 1; index < lines.length; ) {
    if (headerMark(lines, index) !== null || lines.same(index, titleIndex)) {
      index += 1;
      continue;
    }
    if (!lines.same(index, index + 1)) {
      // A teaser's caption printed once, alone under its headline.
      if (once > 0 || runs > 0 || !isTeaserHeadline(lines.at(titleIndex)) || !isTeaserCaption(lines.at(index))) return false;
      once += 1;
      index += 1;
      continue;
    }
    runs += 1;
    while (lines.same(index, index + 1)) index += 1;
    index += 1;
  }
  return runs > 0 || once > 0;
}

/** The caption lines (indexes, one per photo), the subtitles and where the body starts. */
interface Header {
  captions: number[];
  /** Lines under the headline that are no photo's caption: content, kept as the first paragraphs. */
  subtitles: string[];
  bodyStart: number;
}

/**
 * Finds the photo captions and where the body starts. The header is everything up to the
 * repeated headline, when it repeats soon after nothing but captions, widgets and furniture;
 * then the captions are printed again. Each caption is printed twice in a row (alt text and
 * caption); third and later printings in a row are reported as duplicates.
 */
function readHeader(lines: BlockLines, titleIndex: number): Header {
  const repeat = findRepeatedHeadline(lines, titleIndex);
  const captions: number[] = [];
  /** How many times each caption is printed in a row before the headline's repetition. */
  const headerPrintings: number[] = [];
  if (repeat > 0) {
    // Each photo's caption is printed in a row (twice, sometimes more); two photos may share a caption.
    let previous = -1;
    let printings = 0;
    for (let index = titleIndex + 1; index < repeat; index += 1) {
      if (takeMark(lines, index)) continue;
      printings = previous >= 0 && samePhoto(lines, index, previous) ? printings + 1 : 1;
      previous = index;
      if (printings === 1) {
        captions.push(index);
        headerPrintings.push(1);
        continue;
      }
      headerPrintings[headerPrintings.length - 1] = printings;
      if (printings > 2) lines.remove(index, 'duplicate caption');
      else if (lines.at(index).length > lines.at(captions.at(-1) ?? index).length) captions[captions.length - 1] = index;
    }
  }
  const start = repeat > 0 ? repeat + 1 : titleIndex + 1;
  const { bodyStart, printedAgain } = readCaptionsAgain(lines, start, titleIndex, captions);
  // A line printed once under the headline, with no credit and not printed again after the
  // headline's repetition, is no photo's caption: a subtitle, content.
  const isSubtitle = (line: number, photo: number) => headerPrintings[photo] === 1 && (printedAgain[photo] ?? 0) === 0 && lines.splitCaption(lines.at(line)).credit === null;
  const subtitles = captions.filter((line, photo) => photo < headerPrintings.length && isSubtitle(line, photo)).map((line) => lines.at(line));
  return { captions: captions.filter((line, photo) => !(photo < headerPrintings.length && isSubtitle(line, photo))), subtitles, bodyStart };
}

/**
 * Reads on from `start` over the captions printed again (each known caption at most twice;
 * more is a duplicate), widgets and furniture, and, when no caption is known yet, captions
 * printed twice in a row; the headline printed again too. Stops at the
 * first other line, leaving at least one line for the body. Returns that line's index and how
 * many times each caption was printed again.
 */
function readCaptionsAgain(lines: BlockLines, start: number, titleIndex: number, captions: number[]): { bodyStart: number; printedAgain: number[] } {
  const printings = captions.map(() => 0);
  const readNew = captions.length === 0;
  let index = start;
  while (index < lines.length - 1) {
    if (takeMark(lines, index) || lines.same(index, titleIndex)) {
      index += 1;
      continue;
    }
    const newSlide = index > 0 && GALLERY_COUNTER.test(lines.at(index - 1)) && index + 1 < lines.length - 1;
    const photo = newSlide ? -1 : captions.findIndex((known) => samePhoto(lines, index, known));
    if (newSlide && (captions.length > 0 || isCaptionInHeader(lines, index, titleIndex))) {
      captions.push(index);
      printings.push(1);
      index += 1;
    } else if (photo >= 0) {
      printings[photo] = (printings[photo] ?? 0) + 1;
      // Photos that share a caption are printed twice each.
      const sharing = captions.filter((known) => samePhoto(lines, known, captions[photo] ?? known)).length;
      if ((printings[photo] ?? 0) > 2 * sharing) lines.remove(index, 'duplicate caption');
      else if (lines.at(index).length > lines.at(captions[photo] ?? index).length) captions[photo] = index;
      index += 1;
    } else if (
      readNew &&
      index + 2 < lines.length &&
      (samePhoto(lines, index, index + 1) || isCaptionInHeader(lines, index, titleIndex)) &&
      !isRepeatedByline(lines, index)
    ) {
      captions.push(index);
      printings.push(0);
    } else {
      break;
    }
  }
  return { bodyStart: index, printedAgain: printings };
}

/**
 * True when lines `a` and `b` print the same photo's caption: the same text, or alt text that
 * is the caption without its credit (`Dock workers gather.` and `Dock workers gather. EPA/JANE ROE`).
 */
function samePhoto(lines: BlockLines, a: number, b: number): boolean {
  if (lines.same(a, b)) return true;
  const [first, second] = [lines.at(a).replace(BULLET, ''), lines.at(b).replace(BULLET, '')];
  if (first === second && first !== '') return true;
  const [shorter, longer] = first.length < second.length ? [first, second] : [second, first];
  const stem = shorter.replace(/\.$/u, '');
  if (stem.length < 10 || longer.length > MAX_CAPTION_CHARS || !longer.startsWith(stem.slice(0, 10))) return false;
  return normalize(lines.splitCaption(longer).caption).replace(/\.$/u, '') === normalize(stem);
}

/** A gallery prints each caption once as a bullet and once plain. */
const BULLET = /^[•●▪]\s*/u;

/** How far ahead the headline printed again shows that a line is still in the header. */
const HEADER_LOOKAHEAD = 6;

/**
 * A caption printed once (some pages print the photo's caption once between two printings of
 * the headline): a line with a credit, with the headline printed again a few lines on.
 */
function isCaptionInHeader(lines: BlockLines, index: number, titleIndex: number): boolean {
  const line = lines.at(index);
  if (line.length > MAX_CAPTION_CHARS) return false;
  for (let ahead = index + 1; ahead <= index + HEADER_LOOKAHEAD && ahead < lines.length - 1; ahead += 1) {
    if (lines.same(ahead, titleIndex)) return lines.splitCaption(line).credit !== null;
  }
  return false;
}

/**
 * Index of the headline's repetition when only captions, widgets and furniture come before
 * it; else -1. With the `TT` widget there, the header is trusted even if a photo's alt text
 * and caption differ; without it, every caption line must stand next to its twin.
 */
function findRepeatedHeadline(lines: BlockLines, titleIndex: number): number {
  const limit = Math.min(lines.length - 1, titleIndex + MAX_HEADER_LINES);
  for (let index = titleIndex + 1; index <= limit; index += 1) {
    if (!lines.same(index, titleIndex)) continue;
    const captionLines: number[] = [];
    let hasWidget = false;
    for (let line = titleIndex + 1; line < index; line += 1) {
      const mark = headerMark(lines, line);
      // A gallery's counters mark the header as surely as the `TT` widget.
      if (mark === 'tt' || GALLERY_COUNTER.test(lines.at(line))) hasWidget = true;
      else if (mark === null) captionLines.push(line);
    }
    // The `TT` widget may follow the headline's repetition (the headline printed three or four times).
    if (TEXT_SIZE_WIDGET.test(lines.at(index + 1))) hasWidget = true;
    return hasWidget || isDoubledList(lines, captionLines) ? index : -1;
  }
  return -1;
}

/** True when every line stands next to its twin (captions printed as alt text and caption). */
function isDoubledList(lines: BlockLines, indexes: readonly number[]): boolean {
  const twin = (position: number, line: number) => position >= 0 && position < indexes.length && samePhoto(lines, indexes[position] ?? -1, line);
  return indexes.every((line, position) => twin(position - 1, line) || twin(position + 1, line));
}
