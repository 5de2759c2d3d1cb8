import { CREDIT_NAMES } from './recognize/agencies.ts';
import { alternation } from './recognize/pattern-text.ts';
import { addWork } from '../lib/work-meter.ts';

/**
 * Photo captions split from the credit the news site prints after them. Every rule runs on the
 * caption's last TAIL_CHARS characters only, and the caption before the credit is found by
 * scanning back over spaces and stops once, so the work is linear in the caption's length
 * whatever it holds (a caption made of spaces and dots once made a backtracking pattern take
 * 22 s).
 */

/** A photo caption split from its credit. */
export interface SplitCaption {
  caption: string;
  credit: string | null;
}

/** A caption is a sentence or two; past this the rest is cut off and reported. */
export const MAX_CAPTION_CHARS = 1000;
/** Longest credit read (`REUTERS/Jane Roe/File Photo` and its brackets fit). */
export const MAX_CREDIT_CHARS = 60;
/** The end of a caption that the credit rules read: a credit, its label and its brackets. */
const TAIL_CHARS = 2 * MAX_CREDIT_CHARS + 40;


/** Parenthesised words that point at someone in the photo: `(second right)`, `(2nd L)`, `(يمين)`. */
const PLACE_IN_PHOTO = String.raw`l|r|c|left|right|cent(?:er|re)|second (?:left|right)|\d+(?:st|nd|rd|th)? (?:from )?(?:l|r|left|right)|l-r|r-l|from left|from right|pictured|يمين|يسار|وسط|الوسط`;

/** Parenthesised words that describe a position in the photo or its age, not who took it. */
const POSITION_WORDS = new RegExp(String.raw`^(?:${PLACE_IN_PHOTO}|top|bottom|front|back|file|file photo|archive|\d+|أرشيفية|ارشيفية|أرشيف)$`, 'iu');

const POINTS_INTO_PHOTO = new RegExp(String.raw`\((?:${PLACE_IN_PHOTO})\)`, 'iu');

/** True when `line` points at someone in a photo (`Jane Roe (second right) at the ceremony.`), as only captions do. */
export function pointsIntoPhoto(line: string): boolean {
  return line.length <= MAX_CAPTION_CHARS && POINTS_INTO_PHOTO.test(line);
}

/** `Photo:`, `Photos by`, `صورة:` before a credit inside its brackets. */
const INNER_LABEL = /^(?:Photos?|Photograph|Pictures?|Image|Credit|صورة|الصورة|تصوير)(?:\s*[:\-–—]\s*|\s+by\s+)/iu;

const SOURCE_NAMES = alternation(CREDIT_NAMES);
const CAPS_SOURCE_NAMES = alternation(CREDIT_NAMES.filter((name) => /^[A-Z-]+$/u.test(name)));
const SOURCE = `${SOURCE_NAMES}(?: via ${SOURCE_NAMES})?`;
const NAME_WORD = String.raw`[\p{Lu}][\p{L}'’\-]*`;
const NAME = String.raw`${NAME_WORD}(?: ${NAME_WORD}){1,3}`;
/** What ends a sentence before an unbracketed credit. */
const AFTER_STOP = String.raw`(?<=[.!?”"’)]\s{1,3})`;

type Found = { start: number; credit: string; end?: number };

interface CreditRow {
  shape: string;
  /** Reads the credit at the end of `tail`: where it starts (its brackets or label included) and the credit. */
  read: (tail: string) => Found | null;
  /** The stops between the caption and a bracketed credit go with the credit (`… city (AFP).`). */
  dropStops?: boolean;
}

function exec(pattern: RegExp, tail: string): RegExpExecArray | null {
  addWork(tail.length);
  return pattern.exec(tail);
}

const LABELLED = new RegExp(
  String.raw`(?<=^|[\s.,;])(?:(?:Photos?|Photograph|Pictures?|Image|Credit|Courtesy(?: of)?|صورة|الصورة|تصوير)\s*[:\-–—]\s*|(?:Photos?|Photograph|Picture|Image) by\s+)(?<credit>[^.:\s][^.:]{0,59}?)(?<![)\]])\s*\.?$`,
  'iu',
);
const BRACKETED = /[([](?<credit>[^()[\]]{1,60})[)\]][\s.]*$/u;
const SOURCE_AFTER_STOP = new RegExp(String.raw`${AFTER_STOP}(?<credit>${SOURCE}(?: ?\/{1,2} ?[^/]{1,40}){0,3})$`, 'u');
const NAME_AND_SOURCE_AFTER_STOP = new RegExp(String.raw`${AFTER_STOP}(?<credit>${NAME} ?[/,] ?${SOURCE})$`, 'u');
const NAME_AND_SOURCE_AFTER_COMMA = new RegExp(String.raw`, (?<credit>${NAME}, ${SOURCE})$`, 'u');
/** `… in Baniyas. Jane Roe for The National`: a photographer working for a publication. */
const NAME_FOR_PUBLICATION_AFTER_STOP = new RegExp(String.raw`${AFTER_STOP}(?<credit>${NAME} for (?:The )?${NAME_WORD}(?: ${NAME_WORD}){0,3})$`, 'u');
/** `… at the summit. Courtesy Ministry of Foreign Affairs`: who lent the photo, `Courtesy` kept. */
const COURTESY_AFTER_STOP = new RegExp(String.raw`${AFTER_STOP}(?<credit>Courtesy(?: of)? [\p{Lu}][^.!?]{1,58})$`, 'u');
const SOURCE_AFTER_DASH = new RegExp(String.raw`\s[-–—]\s(?<credit>${SOURCE}(?: ?/ ?[^/]{1,40}){0,2})$`, 'u');
/** `… 2020. – Photo by Jane Roe`: a labelled credit after a dash. */
const LABEL_AFTER_DASH = /\s[-–—]\s(?:Photos?|Photograph|Picture)(?: by|:)\s+(?<credit>[^.:()[\]]{1,60})$/iu;
const CAPS_SOURCE_SLASH = new RegExp(String.raw`(?<=\s)(?<credit>${CAPS_SOURCE_NAMES}/[^/]{1,40}(?:/[^/]{1,30}){0,2})$`, 'u');

function fromMatch(match: RegExpExecArray | null): Found | null {
  const credit = match?.groups?.credit?.trim();
  return match && credit ? { start: match.index, credit } : null;
}

export const CREDIT_RULES: readonly CreditRow[] = [
  { shape: 'a labelled credit after a dash: … 2020. – Photo by Jane Roe', read: (tail) => fromMatch(exec(LABEL_AFTER_DASH, tail)) },
  { shape: 'a label: Photo: SPA, Photos by Jane Roe, Credit - AP, صورة: واس', read: (tail) => fromMatch(exec(LABELLED, tail)) },
  {
    shape: 'in brackets: (AFP), [Jane Roe/AFP], (Photo by Jane Roe / AFP), (أ ف ب), (الأوروبية)',
    dropStops: true,
    read: (tail) => {
      const match = exec(BRACKETED, tail);
      const inner = match?.groups?.credit?.trim().replace(INNER_LABEL, '').trim();
      if (!match || !inner || POSITION_WORDS.test(inner)) return null;
      return { start: match.index, credit: inner };
    },
  },
  { shape: 'a source after a sentence: … the port. EPA/JANE ROE, … in May. Getty Images', read: (tail) => fromMatch(exec(SOURCE_AFTER_STOP, tail)) },
  { shape: 'a photographer and a source after a sentence: … . Jane Roe/AFP, … . Jane Roe, Reuters', read: (tail) => fromMatch(exec(NAME_AND_SOURCE_AFTER_STOP, tail)) },
  { shape: 'a photographer and a source after a comma: …, Jane Roe, Reuters', read: (tail) => fromMatch(exec(NAME_AND_SOURCE_AFTER_COMMA, tail)) },
  { shape: 'a photographer for a publication after a sentence: … . Jane Roe for The National', read: (tail) => fromMatch(exec(NAME_FOR_PUBLICATION_AFTER_STOP, tail)) },
  { shape: 'Courtesy after a sentence: … . Courtesy Ministry of Foreign Affairs', read: (tail) => fromMatch(exec(COURTESY_AFTER_STOP, tail)) },
  { shape: 'a source after a dash: … at Al-Hol camp - AAWSAT', read: (tail) => fromMatch(exec(SOURCE_AFTER_DASH, tail)) },
  { shape: 'an agency in capitals and a slash: … Gaza EPA/JANE ROE', read: (tail) => fromMatch(exec(CAPS_SOURCE_SLASH, tail)) },
];

const isSpace = (char: string) => char === ' ' || char === '\t' || char === '\u00a0' || /\s/u.test(char);

/**
 * The caption before its credit: `value` up to `end`, without the spaces (and, before a
 * bracketed credit, the stops) in between; a full stop of its own is kept.
 */
function captionBefore(value: string, end: number, dropStops: boolean): string {
  let cut = end;
  let hadStop = false;
  for (; cut > 0; cut -= 1) {
    const char = value[cut - 1] ?? '';
    addWork(1);
    if (char === '.' && dropStops) hadStop = true;
    else if (!isSpace(char)) break;
  }
  const caption = value.slice(0, cut);
  return hadStop && !/[.!?]$/u.test(caption) ? `${caption}.` : caption;
}

/**
 * Splits the credit off the end of a caption. A caption without a recognisable credit is
 * returned whole with `credit: null`.
 */
export function splitCaption(text: string): SplitCaption {
  const value = text.trim();
  const tailStart = Math.max(0, value.length - TAIL_CHARS);
  const tail = value.slice(tailStart);
  for (const rule of CREDIT_RULES) {
    const found = rule.read(tail);
    if (found) return { caption: captionBefore(value, tailStart + found.start, rule.dropStops === true).trim(), credit: found.credit };
  }
  return { caption: value, credit: null };
}

/**
 * A caption line's photo, its caption cut to at most MAX_CAPTION_CHARS with the `…` (`tooLong`
 * then says so). This is the only cap on captions: no caption the importer writes is longer.
 * `split` may be a memo of splitCaption (BlockLines.splitCaption).
 */
export function readCaption(line: string, split: (text: string) => SplitCaption = splitCaption): { image: SplitCaption; tooLong: boolean } {
  // A gallery prints its captions as a list: the bullet is not part of the caption.
  const image = split(line.replace(/^[•●▪]\s*/u, ''));
  if (image.caption.length <= MAX_CAPTION_CHARS) return { image, tooLong: false };
  // Room for the `…`; never between the two halves of a surrogate pair.
  const limit = MAX_CAPTION_CHARS - 1;
  const space = image.caption.lastIndexOf(' ', limit);
  let cut = space > limit / 2 ? space : limit;
  if (/[\ud800-\udbff]/u.test(image.caption.charAt(cut - 1))) cut -= 1;
  return { image: { caption: `${image.caption.slice(0, cut).trimEnd()}…`, credit: image.credit }, tooLong: true };
}
