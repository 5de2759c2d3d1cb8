import { isBylineAgency } from './agencies.ts';
import { isDateAlone } from './line-kinds.ts';
import { datelinePlace, looksLikePersonName } from './place-name.ts';

/**
 * Dateline and byline lines printed on their own before the body, as tables of shapes:
 * `Beirut - Asharq Al-Awsat`, `Beirut- Jane Roe`, `Cairo: Asharq Al-Awsat`, `القاهرة: «المصدر»`,
 * `Reuters, Beirut`, `By Jane Roe`, `By Jane Roe / Associated Press`, `By Jane Roe and AFP |`.
 */

/** Dateline and byline lines are short; longer lines are body text. */
const MAX_LINE_CHARS = 140;

export interface LineAttribution {
  place: string | null;
  byline: string | null;
}

const SENTENCE_END = /[.!?…"”»]$/u;
const QUOTES = /^[«"“'‘]+|[»"”'’]+$/gu;
const PARTICLES = /^(?:al|el|de|du|of|the|and|bin|ibn|van|von|da|la|le|&|[\p{Lu}]\.)$/iu;
/** A byline may add who the writer writes for: `By Jane Roe, Special to Arab News`. */
const BYLINE_PARTICLES = /^(?:al|el|de|du|of|the|and|bin|ibn|van|von|da|la|le|to|for|&|[\p{Lu}]\.)$/iu;

/** A short run of capitalised (or Arabic) words, as names of places and people are. */
function looksLikeName(text: string, maxWords: number): boolean {
  const words = text.split(/\s+/u);
  if (words.length > maxWords) return false;
  return words.every((word) => /^[\p{Lu}\p{Script=Arabic}«"“]/u.test(word) || PARTICLES.test(word));
}

/** The byline as printed without quotes, guillemets, a trailing `|` or spaces. */
function cleanByline(text: string): string {
  return text.replace(/\s*\|\s*$/u, '').trim().replace(QUOTES, '').trim();
}

type LineReader = (line: string) => LineAttribution | null;

interface LineRow {
  shape: string;
  read: LineReader;
}

/** `Place - Name`, `Place- Name`, `Place: Name`; the dash needs a space on one side at least (`Al-Ula` is one word). */
const PLACE_THEN_NAME = /^(?<place>.{2,40}?)(?:\s+[-–—]\s*|\s*[-–—]\s+|\s*:\s*)(?<name>.{2,60})$/u;
/** `Reuters, Beirut` or `Beirut, Reuters`. */
const TWO_PARTS = /^(?<first>[^,،]{2,40})[,،]\s*(?<second>[^,،]{2,40})$/u;
const BY_LINE = /^(?:By|BY|by)\s+(?<name>.{2,130})$/u;
const ARABIC_BY_LINE = /^(?:بقلم|كتب|كتبت|إعداد)\s*[:\-–—]?\s*(?<name>.{2,60})$/u;

const BYLINE_NAME = /^[\p{Lu}\p{Script=Arabic}«"“][^!?;:]*$/u;

function readBy(name: string | undefined): LineAttribution | null {
  if (!name) return null;
  const byline = cleanByline(name);
  if (!BYLINE_NAME.test(byline)) return null;
  const words = byline.split(/\s*(?:[/|,]|\band\b|&)\s*|\s+/u).filter((word) => word !== '');
  if (words.length === 0 || words.length > 12) return null;
  if (!words.every((word) => /^[\p{Lu}\p{Script=Arabic}«"“]/u.test(word) || BYLINE_PARTICLES.test(word))) return null;
  return { place: null, byline };
}

export const BYLINE_LINES: readonly LineRow[] = [
  { shape: 'By Name, By Name / Agency, By Name and Name, By Name and AFP |', read: (line) => readBy(BY_LINE.exec(line)?.groups?.name) },
  { shape: 'Arabic: بقلم فلان', read: (line) => readBy(ARABIC_BY_LINE.exec(line)?.groups?.name) },
];

/** `حاوره في صنعاء / فلان -` (interviewed in Sanaa by …), `حاورته في القاهرة: فلان`: an interview's place and writer. */
const ARABIC_INTERVIEW_LINE =
  /^(?:حاوره|حاورها|حاورهم|حاورته|حاورتها|أجرى الحوار|أجرت الحوار)\s+في\s+(?<place>[\p{Script=Arabic}\p{M}]+(?: [\p{Script=Arabic}\p{M}]+){0,2})\s*[/:\-–—|]\s*(?<name>[^/:|\-–—]{2,60}?)\s*[-–—]?$/u;

export const DATELINE_LINES: readonly LineRow[] = [
  {
    shape: 'Arabic interview credit: حاوره في صنعاء / فلان -',
    read: (line) => {
      const groups = ARABIC_INTERVIEW_LINE.exec(line)?.groups;
      const byline = groups?.name ? cleanByline(groups.name) : '';
      return groups?.place && looksLikeName(byline, 6) ? { place: datelinePlace(groups.place), byline } : null;
    },
  },
  {
    shape: 'Agency, Place (Reuters, Beirut) or Place, Agency, or Writer, Agency (Jane Roe, Associated Press)',
    read: (line) => {
      if (!line.includes(',') && !line.includes('،')) return null;
      const groups = TWO_PARTS.exec(line)?.groups;
      if (!groups?.first || !groups.second) return null;
      const [first, second] = [groups.first.trim(), groups.second.trim()];
      if (isBylineAgency(first) && looksLikeName(second, 4)) return { place: datelinePlace(second), byline: first };
      // `Jane Roe, Associated Press`: a writer and the agency; `Gaza City, AFP`: a place.
      if (isBylineAgency(second) && looksLikePersonName(first)) return { place: null, byline: `${first} / ${second}` };
      if (isBylineAgency(second) && looksLikeName(first, 4)) return { place: datelinePlace(first), byline: second };
      return null;
    },
  },
  {
    shape: 'Place - Name, Place- Name, Place: Name, القاهرة: «المصدر»',
    read: (line) => {
      if (line.length > 105 || !/[-–—:]/u.test(line)) return null;
      const groups = PLACE_THEN_NAME.exec(line)?.groups;
      if (!groups?.place || !groups.name) return null;
      const place = groups.place.trim();
      const name = groups.name.trim();
      if (SENTENCE_END.test(place) || (SENTENCE_END.test(name) && !/[»”"]$/u.test(name))) return null;
      const byline = cleanByline(name);
      if (!looksLikeName(place.replace(/[,،]/gu, ' '), 5) || !looksLikeName(byline, 6)) return null;
      return { place: datelinePlace(place), byline };
    },
  },
];

function readWith(rows: readonly LineRow[], line: string): LineAttribution | null {
  if (line.length > MAX_LINE_CHARS) return null;
  for (const row of rows) {
    const found = row.read(line);
    if (found) return found;
  }
  return null;
}

/** A `By NAME` line: the byline. */
export function readBylineLine(line: string): LineAttribution | null {
  return readWith(BYLINE_LINES, line);
}

/** A line of place and writer or agency: the dateline and the byline. */
export function readDatelineLine(line: string): LineAttribution | null {
  return readWith(DATELINE_LINES, line);
}

/** The agency printed on the line after a `By NAME` line (`Associated Press`, `/ Reuters`). */
export function readAgencyLine(line: string): string | null {
  const agency = line.replace(/^[/|]\s*/u, '').trim();
  return isBylineAgency(agency) ? agency : null;
}

/** A writer's name alone: two to four capitalised words (`Jane Roe`, `JANE AL-ROE`), nothing else. */
const NAME_LINE = /^[\p{Lu}][\p{L}'’.\-]*(?: (?:[\p{Lu}][\p{L}'’.\-]*|al|el|bin|de|van|von)){1,3}$/u;

/** An Arabic writer's name alone: two to four words of Arabic letters (`جميل مطر`), nothing else. */
const ARABIC_NAME_LINE = /^[\p{Script=Arabic}\p{M}]+(?: [\p{Script=Arabic}\p{M}]+){1,3}$/u;

/** A line that is only a writer's name (read as the byline where page layout says so), or null. */
export function readNameLine(line: string): string | null {
  return line.length <= 40 && (NAME_LINE.test(line) || ARABIC_NAME_LINE.test(line)) ? line : null;
}

/** `MEE staff Fri, 09/16/2022 - 13:18`: a writer followed by the date on one line. */
const NAME_THEN_DATE = /^(?<name>[\p{Lu}][\p{L}'’\- ]{1,50}?) (?<date>(?:[A-Z][a-z]{2}, )?\d{1,2}\/\d{1,2}\/\d{2,4}.{0,20})$/u;

/** The writer of a `NAME DATE` line, or null. */
export function readNameAndDateLine(line: string): string | null {
  if (line.length > 80) return null;
  const groups = NAME_THEN_DATE.exec(line)?.groups;
  return groups?.name && groups.date && isDateAlone(groups.date) ? groups.name.trim() : null;
}
