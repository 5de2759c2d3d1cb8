import type { BlockLines } from './parse-article.ts';
import { isBylineAgency } from './recognize/agencies.ts';
import { readAgencyLine, readBylineLine, readDatelineLine, type LineAttribution } from './recognize/byline-lines.ts';
import { readInlineDateline } from './recognize/inline-datelines.ts';
import { classifyLine, TEXT_SIZE_WIDGET, type LineKind, type LinePlace } from './recognize/line-kinds.ts';

/** An article's body: its dateline and byline, wherever printed, and its paragraphs. */
export interface ArticleBody {
  dateline: string | null;
  byline: string | null;
  paragraphs: string[];
}

/** Lines that may stand between the header and the first paragraph: dateline, byline, agency, furniture. */
const MAX_LEAD_LINES = 6;

function pageLineKind(line: string, place: LinePlace = 'edge'): LineKind | null {
  return TEXT_SIZE_WIDGET.test(line) ? 'widget' : classifyLine(line, place);
}

/** True when a byline already names an agency (`Jane Roe / Associated Press`, `Jane Roe and AFP`). */
function namesAgency(byline: string): boolean {
  return byline.split(/\s*(?:[/|,&]|\band\b)\s*/u).some((part) => isBylineAgency(part));
}

/** `Writer / Agency`, unless the byline already names an agency. */
function withAgency(byline: string | null, agency: string | null): string | null {
  if (!byline || !agency) return byline ?? agency;
  return namesAgency(byline) ? byline : `${byline} / ${agency}`;
}

/**
 * Reads the body from line `start`: page lines and another story's teaser after the last
 * paragraph, dateline and byline lines before the first, an inline dateline at the start of
 * the first paragraph, and widgets and furniture between paragraphs (reported in `lines`).
 * Lines that may be content stay paragraphs.
 */
export function readBody(lines: BlockLines, start: number): ArticleBody {
  const end = trimTail(lines, start);
  let index = start;
  let dateline: string | null = null;
  let byline: string | null = null;
  for (let lead = 0; lead < MAX_LEAD_LINES && index < end - 1; lead += 1) {
    const line = lines.at(index);
    const kind = pageLineKind(line);
    if (kind === 'widget' || kind === 'furniture') {
      lines.remove(index, kind);
      index += 1;
      continue;
    }
    const by: LineAttribution | null = byline === null ? readBylineLine(line) : null;
    if (by) {
      index += 1;
      const agency = index < end - 1 ? readAgencyLine(lines.at(index)) : null;
      if (agency) index += 1;
      byline = withAgency(by.byline, agency);
      continue;
    }
    const agencyAlone: string | null = byline === null ? readAgencyLine(line) : null;
    if (agencyAlone) {
      byline = agencyAlone;
      index += 1;
      continue;
    }
    const placed: LineAttribution | null = dateline === null ? readDatelineLine(line) : null;
    if (!placed) break;
    dateline = placed.place;
    byline = byline === null ? placed.byline : withAgency(byline, placed.byline);
    index += 1;
  }

  const paragraphs: string[] = [];
  for (; index < end; index += 1) {
    const line = lines.at(index);
    const kind = pageLineKind(line, paragraphs.length === 0 ? 'edge' : 'between');
    if (kind === 'widget' || kind === 'furniture') lines.remove(index, kind);
    else paragraphs.push(line);
  }
  const inline = dateline === null && paragraphs[0] !== undefined ? readInlineDateline(paragraphs[0]) : null;
  if (inline) {
    paragraphs[0] = inline.rest;
    dateline = inline.place;
    byline = byline === null ? inline.byline : withAgency(byline, inline.byline);
  }
  return { dateline, byline, paragraphs };
}

/**
 * Reports the page lines after the last paragraph (widgets, furniture, wire trailers) and a
 * teaser of another story there; returns where the body ends. The first body line always stays.
 */
function trimTail(lines: BlockLines, start: number): number {
  let end = lines.length;
  for (;;) {
    const kind = end - 1 > start ? pageLineKind(lines.at(end - 1)) : null;
    if (kind) {
      lines.remove(end - 1, kind);
      end -= 1;
      continue;
    }
    const teaser = teaserStart(lines, start, end);
    if (teaser < 0) return end;
    for (let index = teaser; index < end; index += 1) lines.remove(index, 'teaser');
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
  if (runs === 0 || index <= start) return -1;
  const headline = lines.at(index);
  return headline.length <= MAX_TEASER_HEADLINE && !/[.!?:;,]$/u.test(headline) ? index : -1;
}
