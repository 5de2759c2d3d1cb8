import type { BlockLines } from './parse-article.ts';
import { isBylineAgency } from './recognize/agencies.ts';
import { readAgencyLine, readBylineLine, readDatelineLine, readNameAndDateLine, readNameLine, type LineAttribution } from './recognize/byline-lines.ts';
import { MAX_CAPTION_CHARS, pointsIntoPhoto, splitCaption } from './captions.ts';
import { readInlineDateline } from './recognize/inline-datelines.ts';
import { GALLERY_BUTTON, isRelatedHeadline } from './recognize/line-kinds.ts';

/** An article's body: its dateline and byline, wherever printed, and its paragraphs. */
export interface ArticleBody {
  dateline: string | null;
  byline: string | null;
  /** Caption lines printed before the first paragraph, or as a gallery between paragraphs (indexes). */
  captions: number[];
  paragraphs: string[];
}

/** Lines that may stand between the header and the first paragraph: dateline, byline, agency, furniture. */
const MAX_LEAD_LINES = 10;

/** True when a byline already names an agency (`Jane Roe / Associated Press`, `Jane Roe and AFP`). */
function namesAgency(byline: string): boolean {
  return byline.split(/\s*(?:[/|,&]|\band\b)\s*/u).some((part) => isBylineAgency(part));
}

/** `Writer / Agency`, unless the byline already names an agency. */
function withAgency(byline: string | null, agency: string | null): string | null {
  if (!byline || !agency) return byline ?? agency;
  return namesAgency(byline) ? byline : `${byline} / ${agency}`;
}

/** Summary bullets under the headline: content, kept as paragraphs, read past for the dateline. */
const BULLET = /^[•●▪]/u;

interface Lead {
  dateline: string | null;
  byline: string | null;
  captions: number[];
  /** Summary bullets and a standfirst: content, kept as the first paragraphs. */
  leadParagraphs: string[];
  /** The first line after the lead. */
  next: number;
}

/**
 * Reads the lines before the first paragraph: the headline printed again, widgets and
 * furniture, summary bullets, and dateline and byline lines (`By NAME`, an agency alone,
 * `Place - Name`, a writer's name right after a date line), each printed once or more.
 */
function readLead(lines: BlockLines, start: number, end: number, titleIndex: number): Lead {
  const lead: Lead = { dateline: null, byline: null, captions: [], leadParagraphs: [], next: start };
  const attributionLines = new Set<string>();
  let index = start;
  for (let step = 0; step < MAX_LEAD_LINES && index < end - 1; step += 1, index += 1) {
    const line = lines.at(index);
    if (lines.same(index, titleIndex) || attributionLines.has(line)) continue;
    const kind = lines.kind(index);
    if (kind === 'widget' || kind === 'furniture') {
      lines.remove(index, kind);
      continue;
    }
    if (BULLET.test(line)) {
      // The header printed again prints the bullets again.
      if (!lead.leadParagraphs.includes(line)) lead.leadParagraphs.push(line);
      continue;
    }
    const wasAfterFurniture = lines.removed.has(index - 1);
    // A `By NAME` line may follow a `Place - Agency` line: the writer comes first then.
    const agencySoFar = lead.byline !== null && isBylineAgency(lead.byline) ? lead.byline : null;
    const by: LineAttribution | null = lead.byline === null || agencySoFar ? readBylineLine(line) : null;
    const agencyAlone: string | null = lead.byline === null && !by ? readAgencyLine(line) : null;
    const placed: LineAttribution | null = !by && !agencyAlone && lead.dateline === null ? readDatelineLine(line) : null;
    // A writer's name alone, where the layout shows it: after a date line or before a widget
    // (a columnist's name may be printed twice, then the widget).
    const after = afterCopies(lines, index);
    const nextIsPageLine = after < end - 1 && lines.kind(after) !== null;
    const writer: string | null =
      !by && !agencyAlone && !placed && lead.byline === null
        ? (readNameAndDateLine(line) ?? (wasAfterFurniture || nextIsPageLine ? readNameLine(line) : null))
        : null;
    if (by) {
      const agency = index + 1 < end - 1 ? readAgencyLine(lines.at(index + 1)) : null;
      lead.byline = withAgency(by.byline, agency ?? agencySoFar);
      if (agency) {
        attributionLines.add(line);
        index += 1;
        attributionLines.add(lines.at(index));
      }
    } else if (agencyAlone ?? writer) {
      lead.byline = agencyAlone ?? writer;
    } else if (placed) {
      lead.dateline = placed.place;
      lead.byline = lead.byline === null ? placed.byline : withAgency(lead.byline, placed.byline);
    } else if (line.length <= MAX_CAPTION_CHARS && lines.splitCaption(line).credit !== null) {
      // A photo's caption printed once, with its credit, between the headline and the body.
      lead.captions.push(index);
    } else if (index + 1 < end - 1 && isAltText(line, lines.at(index + 1))) {
      // The photo's short alt text, printed before its caption: page furniture.
      lines.remove(index, 'furniture');
      continue;
    } else if (lead.byline === null && index + 1 < end - 1 && readNameAndDateLine(lines.at(index + 1)) !== null) {
      // A standfirst above the writer's line: content, kept as the first paragraph.
      lead.leadParagraphs.push(line);
      continue;
    } else {
      break;
    }
    attributionLines.add(line);
  }
  lead.next = index;
  return lead;
}

/** The first line after line `index` and its copies printed right after it. */
export function afterCopies(lines: BlockLines, index: number): number {
  let next = index + 1;
  while (lines.same(next, index)) next += 1;
  return next;
}

/**
 * True when line `index` is a writer's name printed twice (or more) in a row, then a page line
 * (`جميل مطر`, `جميل مطر`, `آخر تحديث: …`): a columnist's byline, not a photo's doubled caption.
 */
export function isRepeatedByline(lines: BlockLines, index: number): boolean {
  const after = afterCopies(lines, index);
  return after > index + 1 && readNameLine(lines.at(index)) !== null && lines.kind(after) !== null;
}

/**
 * True when `line` and `next` print one photo's caption between paragraphs, as a gallery does:
 * once as a bullet and once plain (`• Leaders at the summit. Courtesy SPA`, then the same
 * without the bullet). A paragraph printed twice without the bullet stays a paragraph.
 */
function isGalleryCaption(line: string, next: string): boolean {
  if (!BULLET.test(line) || line.length > MAX_CAPTION_CHARS + 2) return false;
  return line.replace(BULLET_MARK, '') === next.replace(BULLET_MARK, '');
}

/** A bullet and the spaces after it. */
const BULLET_MARK = /^[•●▪]\s*/u;

/** Longest alt text read before a caption. */
const MAX_ALT_TEXT = 80;

/**
 * True when `line` is a photo's short alt text printed before its caption `next`: words of the
 * caption (`Patriot missile battery` before `A Patriot missile battery near … (AFP)`), no
 * sentence end, and the caption carries a credit.
 */
function isAltText(line: string, next: string): boolean {
  if (line.length > MAX_ALT_TEXT || next.length > MAX_CAPTION_CHARS || next.length <= line.length || /[.!?:;,]$/u.test(line)) return false;
  const { caption, credit } = splitCaption(next);
  return credit !== null && caption.toLowerCase().includes(line.toLowerCase());
}

/**
 * Reads the body from line `start`: page lines and another story's teaser after the last
 * paragraph, dateline and byline lines before the first, an inline dateline at the start of
 * the first paragraph, and widgets and furniture between paragraphs (reported in `lines`).
 * Lines that may be content stay paragraphs.
 */
export function readBody(lines: BlockLines, start: number, titleIndex: number, subtitles: readonly string[] = []): ArticleBody {
  const end = trimTail(lines, start);
  const lead = readLead(lines, start, end, titleIndex);
  lead.leadParagraphs.unshift(...subtitles);
  let { dateline, byline } = lead;
  const paragraphs = [...lead.leadParagraphs];
  const captions = [...lead.captions];
  /** The dump line of the first paragraph after the lead. */
  let firstLine: number | undefined;
  /** After the gallery's button (`More Images`), credited lines are its captions. */
  let afterGallery = false;
  for (let index = lead.next; index < end; index += 1) {
    const line = lines.at(index);
    const kind = lines.kind(index, paragraphs.length === lead.leadParagraphs.length ? 'edge' : 'between');
    if (kind === 'widget' || kind === 'furniture') {
      lines.remove(index, kind);
      if (GALLERY_BUTTON.test(line)) afterGallery = true;
    } else if (afterGallery && line.length <= MAX_CAPTION_CHARS && lines.splitCaption(line).credit !== null) {
      // A photo of the gallery, printed once with its credit among the paragraphs.
      captions.push(index);
    } else if (isRelatedHeadline(line, lines.at(index + 1))) lines.remove(index, 'furniture');
    else if (index + 1 < end && isGalleryCaption(line, lines.at(index + 1))) {
      captions.push(index);
      index += 1;
    } else {
      if (paragraphs.length === lead.leadParagraphs.length) firstLine = index;
      paragraphs.push(line);
    }
  }
  let first = lead.leadParagraphs.length;
  let inline = dateline === null && paragraphs[first] !== undefined ? readInlineDateline(paragraphs[first]) : null;
  const second = paragraphs[first + 1];
  if (!inline && dateline === null && second !== undefined) {
    // A standfirst or a photo's caption printed once may stand above the dateline's paragraph.
    inline = readInlineDateline(second);
    if (inline && firstLine !== undefined && pointsIntoPhoto(paragraphs[first] ?? '')) {
      // `Jane Roe (second right) at the ceremony.`: an uncredited caption, not a standfirst.
      captions.push(firstLine);
      paragraphs.splice(first, 1);
    } else if (inline) first += 1;
  }
  if (inline) {
    paragraphs[first] = inline.rest;
    dateline = inline.place;
    byline = byline === null ? inline.byline : withAgency(byline, inline.byline);
  }
  return { dateline, byline, captions: captions.sort((a, b) => a - b), paragraphs };
}

/**
 * Reports the page lines after the last paragraph (widgets, furniture, wire trailers) and a
 * teaser of another story there; returns where the body ends. The first body line always stays.
 */
function trimTail(lines: BlockLines, start: number): number {
  let end = lines.length;
  for (;;) {
    const kind = end - 1 > start ? (lines.kind(end - 1) ?? (isRelatedHeadline(lines.at(end - 1), lines.at(end)) ? 'furniture' : null)) : null;
    if (kind) {
      lines.remove(end - 1, kind);
      end -= 1;
      continue;
    }
    const teaser = teaserStart(lines, start, end);
    if (teaser < 0) return end;
    lines.removeTeaser(teaser, end);
    end = teaser;
  }
}

/** Longest teaser headline. */
const MAX_TEASER_HEADLINE = 200;

/**
 * Where a teaser ending at `end` starts: a headline-like line followed by lines each printed at
 * least twice in a row (its captions) up to `end`; -1 when the body does not end so.
 */
function teaserStart(lines: BlockLines, start: number, end: number): number {
  let index = end - 1;
  let runs = 0;
  while (index - 1 > start && lines.same(index, index - 1)) {
    while (index - 1 > start && lines.same(index, index - 1)) index -= 1;
    runs += 1;
    index -= 1;
  }
  if (runs === 0) {
    // A teaser whose caption is printed once: a headline, then a credited caption, last. The
    // cheap headline test first: the line before an article's last paragraph is mostly a sentence.
    if (end - 2 <= start || !isTeaserHeadline(lines.at(end - 2)) || !isTeaserCaption(lines.at(end - 1))) return -1;
    return end - 2;
  }
  if (index <= start) return -1;
  return isTeaserHeadline(lines.at(index)) ? index : -1;
}

/** A line that may be another story's headline: short, no sentence end. */
export function isTeaserHeadline(line: string): boolean {
  return line.length <= MAX_TEASER_HEADLINE && !/[.!?:;,]$/u.test(line);
}

/** Longest caption of a teaser printed once. */
const MAX_TEASER_CAPTION = 300;

/**
 * A teaser's photo caption printed once: short, with a credit (`Boats leave. (AFP)`), and not
 * a paragraph that opens with a dateline (a one-paragraph brief ending in `(AFP)`).
 */
export function isTeaserCaption(line: string): boolean {
  return line.length <= MAX_TEASER_CAPTION && splitCaption(line).credit !== null && readInlineDateline(line) === null;
}
